package dev.aftermath.cli;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.ImportOutcome;
import dev.aftermath.workspace.ImportRequest;
import dev.aftermath.workspace.ImportService;
import dev.aftermath.workspace.IncidentExistsException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {"Imports files into the workspace and prints the id of each incident "
        + "created or updated, one per line. Nothing is stored unless every file can be read.",
        "Files given together that each hold one incident (a report, its status-page posts, its metrics) become "
                + "one incident when their times overlap or lie within two hours of each other; a feed with "
                + "several incidents makes one each; an incident file keeps its own id. With --into, everything "
                + "goes into that incident.",
        "Warnings (lines skipped or read with doubt) go to stderr as FILE:LINE: message."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private AftermathCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    private List<Path> files;

    @Option(names = "--into", paramLabel = "ID", description = "Add what the files hold to this incident.")
    private TypedId into;

    @Option(names = "--title", paramLabel = "T", description = "The title of the incident created.")
    private String title;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The incident's time zone (IANA id, e.g. Europe/Paris); also the zone of times written "
                    + "without an offset.")
    private ZoneId zone;

    @Option(names = "--format", paramLabel = "F", completionCandidates = ImportFormats.class,
            description = "The files' format: ${COMPLETION-CANDIDATES}. Default: auto (detected per file).")
    private String format;

    @Option(names = "--replace", description = "Overwrite an incident that has the same id as an imported one.")
    private boolean replace;

    @Override
    public Integer call() {
        checkFormat();
        GivenPaths paths = new GivenPaths(files);
        ImportOutcome outcome;
        try {
            outcome = importFiles();
        } catch (ImportException failure) {
            throw paths.named(failure.formatUnknown() ? failure.withAdvice("name its format with --format "
                    + Choices.either(parent.context().importers().importers().stream().map(Importer::id).toList()))
                    : failure);
        } catch (IncidentExistsException failure) {
            throw paths.named(failure);
        }
        for (ImportWarning warning : outcome.warnings()) {
            parent.context().err().println(paths.named(warning));
        }
        outcome.incidentIds().forEach(parent.context().out()::println);
        return 0;
    }

    private ImportOutcome importFiles() {
        List<Source> sources = files.stream().map(Source::of).toList();
        try (IncidentStore store = parent.openStore()) {
            UUID target = into == null ? null : IncidentIds.resolve(store, into);
            ImportRequest request = new ImportRequest(target, title, zone, format, replace);
            return new ImportService(store, parent.context().importers())
                    .importSources(sources, request, Progress.NONE);
        }
    }

    /** Checked before the workspace opens: a mistyped format is wrong usage and must not create a workspace. */
    private void checkFormat() {
        List<String> known = ImportFormats.of(parent.context().importers());
        if (format != null && !known.contains(format)) {
            throw new ParameterException(spec.commandLine(),
                    "unknown import format '" + format + "'; use " + Choices.either(known));
        }
    }
}
