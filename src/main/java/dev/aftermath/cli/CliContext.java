package dev.aftermath.cli;

import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.WorkspaceLocation;
import dev.aftermath.workspace.SampleLibrary;
import dev.aftermath.workspace.WorkspaceOpener;
import dev.aftermath.workspace.WorkspaceOpener.OpenedWorkspace;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * What every command needs: where to print (always UTF-8, whatever the platform's default), the environment, and
 * how to open the workspace. The composition root of the command line.
 */
final class CliContext {

    private final PrintStream outStream;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> environment;
    private final Function<Path, IncidentStore> storeOpener;
    private final ImporterRegistry importers = ImporterRegistry.standard();
    private final ExporterRegistry exporters = ExporterRegistry.standard();

    CliContext(PrintStream out, PrintStream err, Map<String, String> environment,
               Function<Path, IncidentStore> storeOpener) {
        this.outStream = out;
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        this.environment = Map.copyOf(environment);
        this.storeOpener = storeOpener;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The standard output as bytes, for documents written by an exporter; flushes the text written before. */
    OutputStream rawOut() {
        out.flush();
        return outStream;
    }

    /** Opens the workspace; on the first run of the default one, says where it is and that samples are in it. */
    IncidentStore openStore(Path dbOption) {
        OpenedWorkspace opened = new WorkspaceOpener(storeOpener, SampleLibrary.bundled())
                .open(WorkspaceLocation.choose(dbOption, environment));
        if (!opened.samplesAdded().isEmpty()) {
            err.println("New workspace " + opened.file() + ", with "
                    + CountWords.of(opened.samplesAdded().size(), "sample incident", "sample incidents")
                    + " to explore ('aftermath delete ID' removes one).");
        }
        return opened.store();
    }

    ImporterRegistry importers() {
        return importers;
    }

    ExporterRegistry exporters() {
        return exporters;
    }

    void flush() {
        out.flush();
        err.flush();
        outStream.flush();
    }
}
