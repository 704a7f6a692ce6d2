package dev.aftermath.app;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.store.WorkspaceChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX test of the whole desktop app: headless, on a workspace in the test's own folder, with the tests'
 * preferences cleared and background work run on the FX thread, so that every command has finished when it returns.
 */
public abstract class HeadlessAppTest {

    @TempDir
    protected Path folder;

    protected final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startApp() throws Exception {
        Preferences.userRoot().node(System.getProperty(AppPreferences.NODE_PROPERTY, "dev/aftermath/test"))
                .removeNode();
        beforeLaunch();
        launch();
    }

    @AfterEach
    void stopApp() throws Exception {
        // A failed test may leave a dialog open; close it so the next test starts on a clean window.
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null)
                .forEach(Window::hide));
        FxToolkit.cleanupApplication(app);
    }

    /** The workspace the app opens: a file of the test's folder given by name, unless a test wants a first run. */
    protected WorkspaceChoice workspace() {
        return WorkspaceChoice.given(workspaceFile());
    }

    protected final Path workspaceFile() {
        return folder.resolve("workspace.db");
    }

    /** What a test puts in place before the app starts, such as incidents in the workspace. */
    protected void beforeLaunch() throws Exception {
    }

    protected final void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        launch();
    }

    private void launch() throws Exception {
        WorkspaceChoice chosen = workspace();
        app = FxToolkit.setupApplication(() -> new AftermathApp(chosen, new CallingThreadTaskRunner()));
        // The workspace opens after the first frame.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".main-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected final <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    protected final void push(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
