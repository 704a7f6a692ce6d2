package dev.aftermath.app;

import dev.aftermath.app.importing.ExportChoice;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.WorkspaceChoice;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportService;
import dev.aftermath.workspace.SampleLibrary;
import dev.aftermath.workspace.WorkspaceOpener;
import java.nio.file.Path;
import java.util.List;

/**
 * The services of one open workspace, built once and handed to the ViewModels by constructor.
 *
 * @param exportChoices the formats the Export dialog offers
 * @param samples the sample incidents Help offers to load
 */
record AppContext(Path workspace, IncidentStore store, ImportService imports, ExportService exports,
                  List<ExportChoice> exportChoices, SampleLibrary samples) implements AutoCloseable {

    /**
     * Opens the workspace file, filling a newly created default one with the samples; slow (migrations, waiting
     * for another process), so never on the FX thread.
     */
    static AppContext open(WorkspaceChoice workspace) {
        SampleLibrary samples = SampleLibrary.bundled();
        IncidentStore store = new WorkspaceOpener(SqliteIncidentStore::open, samples).open(workspace).store();
        ExporterRegistry exporters = ExporterRegistry.standard();
        return new AppContext(workspace.file(), store, new ImportService(store, ImporterRegistry.standard()),
                new ExportService(store, exporters),
                ExportChoice.of(exporters.exporters()), samples);
    }

    @Override
    public void close() {
        store.close();
    }
}
