package dev.aftermath.cli;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.bundle.BundleExporter;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Shows an incident: milestones, durations, entries and the review's size.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private AftermathCommand parent;

    @Parameters(paramLabel = "ID", description = "The incident's id, or its first characters (at least 4).")
    private TypedId id;

    @Option(names = "--json", description = "Print the incident file (the bundle) instead of a summary.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Incident incident;
        try (IncidentStore store = parent.openStore()) {
            UUID resolved = IncidentIds.resolve(store, id);
            incident = store.find(resolved).orElseThrow();
        }
        if (json) {
            OutputStream out = parent.context().rawOut();
            parent.context().exporters().byFormat(BundleExporter.FORMAT).write(incident, ExportOptions.DEFAULT, out);
            out.flush();
        } else {
            parent.context().out().print(IncidentText.of(incident));
        }
        return 0;
    }
}
