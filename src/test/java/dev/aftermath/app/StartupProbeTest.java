package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.timeline.TimelineFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up probe in a process of its own (it quits JavaFX, which the other tests share), headless, on a
 * workspace whose incident is selected and opened as the app starts.
 */
class StartupProbeTest {

    @TempDir
    Path folder;

    @Test
    void quitsCleanlyOnceTheWorkspaceIsShownWhileTheSelectedIncidentIsStillOpening() throws Exception {
        Path workspace = folder.resolve("workspace.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(workspace)) {
            store.save(TimelineFixtures.payments());
        }
        Path output = folder.resolve("output.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless")) {
            command.add("-D" + property + "=" + System.getProperty(property, ""));
        }
        command.addAll(List.of("-D" + StartupProbe.PROPERTY + "=true", "-Daftermath.db=" + workspace,
                "-Daftermath.prefs.node=dev/aftermath/test-startup-probe",
                "-Djava.util.prefs.userRoot=" + folder.resolve("prefs"), Launcher.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();

        boolean quit = child.waitFor(60, TimeUnit.SECONDS);
        child.destroyForcibly();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(quit, "quits by itself: " + printed);
        assertEquals(0, child.exitValue(), printed);
        assertTrue(printed.contains("startup-probe first-frame"), printed);
        assertTrue(printed.contains("startup-probe workspace-shown"), printed);
        assertFalse(printed.contains("Exception"), printed);
    }
}
