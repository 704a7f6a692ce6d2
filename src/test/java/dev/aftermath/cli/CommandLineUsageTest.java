package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.Version;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineUsageTest {

    @TempDir
    Path folder;

    private Cli cli() {
        return new Cli(folder);
    }

    @Test
    void versionPrintsTheNameAndVersion() {
        Cli.Result result = cli().run("--version");

        assertEquals(0, result.exitCode());
        assertEquals("aftermath " + Version.current(), result.out().strip());
    }

    @Test
    void helpNamesEveryCommandAndTheExitCodes() {
        Cli.Result result = cli().run("--help");

        assertEquals(0, result.exitCode());
        for (String command : new String[] {"list", "show", "import", "export", "delete"}) {
            assertTrue(result.out().contains(command), result.out());
        }
        assertTrue(result.out().contains("AFTERMATH_DB"), result.out());
    }

    @Test
    void commandHelpDescribesItsOptions() {
        Cli.Result result = cli().run("import", "--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("--replace"), result.out());
    }

    @Test
    void noCommandIsWrongUsage() {
        Cli.Result result = cli().run();

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("missing command"), result.err());
    }

    @Test
    void anUnknownOptionIsWrongUsageWithTheUsageLine() {
        Cli.Result result = cli().run("list", "--colour");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("aftermath: Unknown option: '--colour'"), result.err());
        assertTrue(result.err().contains("Usage: aftermath list"), result.err());
        assertTrue(result.err().contains("Try 'aftermath list --help'"), result.err());
    }

    @Test
    void anUnknownCommandIsWrongUsage() {
        Cli.Result result = cli().run("sohw", "1234");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("sohw"), result.err());
    }

    @Test
    void exportWithoutOutIsWrongUsage() {
        Cli.Result result = cli().run("export", "abcd", "--format", "json");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--out"), result.err());
    }

    @Test
    void importWithoutFilesIsWrongUsage() {
        assertEquals(2, cli().run("import").exitCode());
    }

    @Test
    void anUnknownTimeZoneIsWrongUsageNamingTheZone() {
        Cli.Result result = cli().run("import", "x.json", "--zone", "Mars/Olympus");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'Mars/Olympus' is not a time zone"), result.err());
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutStackTrace() {
        Cli.Result result = cli().runWithStore(file -> {
            throw new IllegalStateException("disk on fire");
        }, "list");

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: internal error: java.lang.IllegalStateException: disk on fire",
                result.err().strip());
        assertFalse(result.err().contains("\tat "), result.err());
    }
}
