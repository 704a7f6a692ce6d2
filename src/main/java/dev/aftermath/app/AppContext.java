package dev.aftermath.app;

import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.export.bundle.BundleExporter;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportService;
import java.nio.file.Path;

/**
 * The services of one open workspace, built once and handed to the ViewModels by constructor.
 *
 * @param bundleExtension the incident file's name ending, offered when exporting
 */
record AppContext(Path workspace, IncidentStore store, ImportService imports, ExportService exports,
                  String bundleExtension) implements AutoCloseable {

    /** Opens the workspace file; slow (migrations, waiting for another process), so never on the FX thread. */
    static AppContext open(Path workspace) {
        IncidentStore store = SqliteIncidentStore.open(workspace);
        ExporterRegistry exporters = ExporterRegistry.standard();
        return new AppContext(workspace, store, new ImportService(store, ImporterRegistry.standard()),
                new ExportService(store, exporters),
                exporters.byFormat(BundleExporter.FORMAT).fileExtension());
    }

    @Override
    public void close() {
        store.close();
    }
}
