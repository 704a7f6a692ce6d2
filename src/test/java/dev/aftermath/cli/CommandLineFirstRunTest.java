package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first command a newcomer runs creates the default workspace with the samples in it. The default location is
 * moved into a temporary folder through XDG_DATA_HOME, which only Linux and other XDG systems follow; elsewhere the
 * test would touch the real data folder, so it runs on Linux only.
 */
@EnabledOnOs(OS.LINUX)
class CommandLineFirstRunTest {

    @TempDir
    Path folder;

    private Map<String, String> freshMachine() {
        return Map.of("XDG_DATA_HOME", folder.resolve("data").toString());
    }

    @Test
    void theFirstCommandCreatesTheDefaultWorkspaceWithFiveSamplesAndSaysWhereItIs() {
        Cli.Result result = new Cli(folder).runWith(freshMachine(), "list");

        Path workspace = folder.resolve("data").resolve("aftermath").resolve("workspace.db");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(workspace));
        assertEquals(6, result.out().split("\\R").length, "a header and five incidents:\n" + result.out());
        String newest = result.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(newest.contains("Telemetry proxy outage"), "newest first:\n" + result.out());
        assertTrue(newest.contains("2025-10-14 15:18 CEST"), "its start in its own zone:\n" + newest);
        assertTrue(result.err().contains("New workspace " + workspace + ", with 5 sample incidents"), result.err());
    }

    @Test
    void laterCommandsFindTheSamplesAndSayNothingMore() {
        Cli cli = new Cli(folder);
        cli.runWith(freshMachine(), "list");

        Cli.Result again = cli.runWith(freshMachine(), "list", "--json");

        assertEquals("", again.err());
        assertTrue(again.out().contains("\"id\" : \"1e304a94-f806-41e2-a5db-e35899ec1cf0\""), again.out());
    }

    @Test
    void aWorkspaceGivenWithDbStartsEmpty() {
        Cli.Result result = new Cli(folder).runWith(freshMachine(), "--db", folder.resolve("mine.db").toString(),
                "list");

        assertTrue(result.out().contains("No incidents yet"), result.out());
        assertEquals("", result.err());
        assertTrue(Files.notExists(folder.resolve("data")), "the default workspace was not touched");
    }

    @Test
    void aWorkspaceGivenInTheEnvironmentStartsEmpty() {
        Map<String, String> environment = Map.of("XDG_DATA_HOME", folder.resolve("data").toString(),
                "AFTERMATH_DB", folder.resolve("team.db").toString());

        Cli.Result result = new Cli(folder).runWith(environment, "list");

        assertTrue(result.out().contains("No incidents yet"), result.out());
        assertTrue(Files.exists(folder.resolve("team.db")));
    }
}
