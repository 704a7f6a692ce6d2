package dev.aftermath.app;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop app for TestFX tests: headless, on a workspace file in the test's folder, work on the FX thread. */
final class HeadlessApp {

    private final Path workspace;
    private final FxRobot robot;
    private Application app;

    HeadlessApp(Path folder, FxRobot robot) {
        this.workspace = folder.resolve("workspace.db");
        this.robot = robot;
    }

    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts on a fresh workspace with the tests' preferences cleared. */
    void start() throws Exception {
        Preferences.userRoot().node(System.getProperty(AppPreferences.NODE_PROPERTY, "dev/aftermath/test"))
                .removeNode();
        launch();
    }

    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        launch();
    }

    void stop() throws Exception {
        // A failed test may leave a dialog open; close it so the next test starts on a clean window.
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null)
                .forEach(Window::hide));
        FxToolkit.cleanupApplication(app);
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(() -> new AftermathApp(workspace, new CallingThreadTaskRunner()));
        // The workspace opens after the first frame.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".main-view").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
