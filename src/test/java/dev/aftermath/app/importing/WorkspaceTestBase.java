package dev.aftermath.app.importing;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real workspace file with the main window's view models on the calling-thread runner, for view-model tests of
 * importing and exporting. Previews the view models open are collected instead of shown.
 */
abstract class WorkspaceTestBase {

    @TempDir
    Path folder;

    SqliteIncidentStore store;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<ImportPreviewViewModel> previews = new ArrayList<>();
    MainViewModel main;
    TransferViewModel transfer;
    AppPreferences preferences;
    private Preferences node;

    @BeforeEach
    void openWorkspace() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        preferences = new AppPreferences(node);
        main = new MainViewModel(store, new StatusViewModel(new CallingThreadTaskRunner(), dialogs), preferences);
        main.load();
        transfer = new TransferViewModel(new ImportService(store, ImporterRegistry.standard()),
                new ExportService(store, ExporterRegistry.standard()),
                ExportChoice.of(ExporterRegistry.standard().exporters()), main, dialogs, previews::add, preferences);
    }

    @AfterEach
    void closeWorkspace() throws Exception {
        store.close();
        node.removeNode();
    }
}
