package dev.aftermath.app;

import dev.aftermath.app.importing.ExportChoice;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportService;
import java.nio.file.Path;
import java.util.List;

/**
 * The services of one open workspace, built once and handed to the ViewModels by constructor.
 *
 * @param exportChoices the formats the Export dialog offers
 */
record AppContext(Path workspace, IncidentStore store, ImportService imports, ExportService exports,
                  List<ExportChoice> exportChoices) implements AutoCloseable {

    /** Opens the workspace file; slow (migrations, waiting for another process), so never on the FX thread. */
    static AppContext open(Path workspace) {
        IncidentStore store = SqliteIncidentStore.open(workspace);
        ExporterRegistry exporters = ExporterRegistry.standard();
        return new AppContext(workspace, store, new ImportService(store, ImporterRegistry.standard()),
                new ExportService(store, exporters),
                ExportChoice.of(exporters.exporters()));
    }

    @Override
    public void close() {
        store.close();
    }
}
