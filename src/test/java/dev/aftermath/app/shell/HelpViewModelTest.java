package dev.aftermath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.workspace.SampleLibrary;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpViewModelTest {

    private static final UUID NEWEST_SAMPLE = UUID.fromString("a0937e95-acd6-4a6e-a876-c849dbc1ac1a");

    @TempDir
    Path folder;

    private SqliteIncidentStore store;
    private Preferences node;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel main;
    private HelpViewModel help;

    @BeforeEach
    void openWorkspace() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        help = newHelp();
    }

    private HelpViewModel newHelp() {
        AppPreferences preferences = new AppPreferences(node);
        main = new MainViewModel(store, new StatusViewModel(new CallingThreadTaskRunner(), dialogs), preferences);
        main.load();
        return new HelpViewModel(SampleLibrary.bundled(), store, main, dialogs, preferences,
                folder.resolve("workspace.db"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        node.removeNode();
    }

    @Test
    void loadingTheSamplesListsThemAndShowsTheMostRecentOne() {
        help.loadSamples();

        assertEquals(5, main.list().shown().size());
        assertEquals(NEWEST_SAMPLE, main.list().selectedProperty().get());
        assertEquals(NEWEST_SAMPLE, main.incident().incidentProperty().get().id());
        assertEquals("Added 5 sample incidents", main.status().messageProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void loadingAgainKeepsWhatTheUserChangedAndSaysSo() {
        help.loadSamples();
        main.incident().rename("Proxy outage, our notes");
        main.list().selectedProperty().set(main.list().shown().get(4).id());
        main.deleteSelected();

        help.loadSamples();

        assertEquals(5, main.list().shown().size());
        assertEquals("Proxy outage, our notes", store.find(NEWEST_SAMPLE).orElseThrow().title());
        assertEquals("Added 1 sample incident; 4 already in the workspace were left as they are",
                main.status().messageProperty().get());

        help.loadSamples();
        assertEquals("All 5 sample incidents are in the workspace already; they were left as they are",
                main.status().messageProperty().get());
    }

    @Test
    void aboutNamesTheVersionAndTheWorkspace() {
        help.showAbout();

        assertEquals(1, dialogs.notices.size());
        String about = dialogs.notices.get(0);
        assertTrue(about.startsWith("About Aftermath: Aftermath "), about);
        assertTrue(about.contains("Workspace: " + folder.resolve("workspace.db").toAbsolutePath()), about);
    }

    @Test
    void theTipShowsOverIncidentsUntilDismissedAndStaysDismissed() {
        assertFalse(help.tipShownProperty().get(), "an empty workspace has its own welcome");
        help.loadSamples();
        assertTrue(help.tipShownProperty().get());

        help.dismissTip();

        assertFalse(help.tipShownProperty().get());
        assertFalse(newHelp().tipShownProperty().get(), "remembered for the next start");
    }
}
