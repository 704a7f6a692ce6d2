package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.app.fx.AppPreferences;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opening an incident file from the file manager: the launcher passes it on, the app imports and shows it. */
class OpenIncidentFileTest {

    private static final String TITLE = "Card payments declined — Café Zürich & São Paulo ☕";

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        System.clearProperty(AftermathApp.DB_PROPERTY);
    }

    @Test
    void anIncidentFileGivenAtLaunchIsImportedAndShown() throws Exception {
        Preferences.userRoot().node(System.getProperty(AppPreferences.NODE_PROPERTY, "dev/aftermath/test"))
                .removeNode();
        Path file = folder.resolve("card payments.aftermath.json");
        try (InputStream bundle = Objects.requireNonNull(
                getClass().getResourceAsStream("/dev/aftermath/bundle/rich.aftermath.json"))) {
            Files.copy(bundle, file);
        }
        System.setProperty(AftermathApp.DB_PROPERTY, folder.resolve("workspace.db").toString());

        app = FxToolkit.setupApplication(AftermathApp.class, file.toString());

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#incident-title").tryQuery()
                .map(field -> TITLE.equals(((TextField) field).getText())).orElse(false));
        assertEquals(TITLE, robot.lookup("#incident-title").queryAs(TextField.class).getText());
    }
}
