package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.ExportService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Writes an incident to a file; prints the file's path.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private AftermathCommand parent;

    @Parameters(paramLabel = "ID", description = "The incident's id, or its first characters (at least 4).")
    private String id;

    @Option(names = "--format", paramLabel = "F", required = true, description = "The format: json.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Override
    public Integer call() {
        try (IncidentStore store = parent.openStore()) {
            new ExportService(store, parent.context().exporters())
                    .export(IncidentIds.resolve(store, id), format, out, Progress.NONE);
        }
        parent.context().out().println(out);
        return 0;
    }
}
