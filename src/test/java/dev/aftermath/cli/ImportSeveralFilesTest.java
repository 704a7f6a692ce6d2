package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftermath import} with several files: which become one incident, which stay apart, and bad files. */
class ImportSeveralFilesTest {

    private static final String REPORT = """
            # Search outage after a config push

            At 09:12 UTC on 14 March 2025 a config push took search down. The on-call engineer was paged at
            09:15 UTC. We rolled the push back at 09:31 UTC and search fully recovered at 09:40 UTC.

            ## What went well
            - The rollback took two minutes.
            """;
    private static final String POSTS = """
            Search is failing
            Incident Report for Example Search
            Resolved
            Search works again for every customer.
            Posted Mar 14, 2025 - 09:50 UTC
            Investigating
            We are looking into failing searches.
            Posted Mar 14, 2025 - 09:20 UTC
            """;
    private static final String LATENCY = """
            time,p99 latency (ms)
            2025-03-14T09:00:00Z,120
            2025-03-14T09:15:00Z,2400
            2025-03-14T09:30:00Z,2300
            2025-03-14T09:45:00Z,130
            """;
    private static final String LATER_REPORT = """
            # Login delays

            At 16:05 UTC on 20 March 2025 logins slowed down; they fully recovered at 16:30 UTC.
            """;

    @TempDir
    Path folder;

    @Test
    void aReportItsStatusPostsAndItsMetricsBecomeOneIncident() {
        Cli cli = new Cli(folder);

        Cli.Result result = cli.run("import", cli.file("report.md", REPORT).toString(),
                cli.file("posts.txt", POSTS).toString(), cli.file("latency.csv", LATENCY).toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), result.out());
        String shown = cli.run("show", result.out().strip()).out();
        assertTrue(shown.startsWith("Search outage after a config push"), shown);
        assertTrue(shown.contains("[investigating] We are looking into failing searches."), shown);
        assertTrue(shown.contains("We rolled the push back at 09:31 UTC"), shown);
        assertEquals(1, cli.run("list").out().lines().filter(line -> line.contains("Search outage")).count());
        assertTrue(cli.run("show", result.out().strip(), "--json").out().contains("\"p99 latency\""));
    }

    @Test
    void reportsOfOutagesOnDifferentDaysStayTwoIncidentsOneIdPerLine() {
        Cli cli = new Cli(folder);

        Cli.Result result = cli.run("import", cli.file("search.md", REPORT).toString(),
                cli.file("login.md", LATER_REPORT).toString());

        assertEquals(0, result.exitCode(), result.err());
        List<String> ids = result.out().lines().toList();
        assertEquals(2, ids.size(), result.out());
        assertTrue(cli.run("show", ids.get(0)).out().startsWith("Search outage"));
        assertTrue(cli.run("show", ids.get(1)).out().startsWith("Login delays"));
    }

    @Test
    void intoPutsFilesOfDifferentDaysIntoTheNamedIncident() {
        Cli cli = new Cli(folder);
        String target = cli.run("import", cli.file("search.md", REPORT).toString()).out().strip();

        Cli.Result result = cli.run("import", cli.file("login.md", LATER_REPORT).toString(),
                cli.file("latency.csv", LATENCY).toString(), "--into", target.substring(0, 8));

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(target, result.out().strip());
        String shown = cli.run("show", target).out();
        assertTrue(shown.startsWith("Search outage"), shown);
        assertTrue(shown.contains("logins slowed down"), shown);
        assertEquals(1, cli.run("list").out().lines().filter(line -> line.contains("UTC")
                || line.matches("^[0-9a-f]{8}.*")).count(), cli.run("list").out());
    }

    @Test
    void aFeedWithSeveralIncidentsMakesOneEach() {
        Cli cli = new Cli(folder);

        Cli.Result result = cli.run("import", cli.file("history.rss", resource("feed/history.rss")).toString(),
                "--format", "auto");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(3, result.out().lines().count(), result.out());
    }

    @Test
    void warningsGoToStandardErrorAsFileLineMessage() {
        Cli cli = new Cli(folder);
        String withBadRow = LATENCY.replace("2025-03-14T09:30:00Z,2300", "half past nine,2300");

        Path latency = cli.file("latency.csv", withBadRow);

        Cli.Result result = cli.run("import", latency.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(latency + ":4: "), result.err());
        assertEquals(1, result.out().lines().count());
    }

    @Test
    void warningsNameAFileByTheRelativePathGivenAndTheIncidentStillByItsName() throws IOException {
        Cli cli = new Cli(folder);
        String withBadRow = LATENCY.replace("2025-03-14T09:30:00Z,2300", "half past nine,2300");
        Path fromHere = relativeToWorkingFolder(cli.file("latency.csv", withBadRow));

        Cli.Result result = cli.run("import", fromHere.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().startsWith(fromHere + ":4: skipped: "), result.err());
        String bundle = cli.run("show", result.out().strip(), "--json").out();
        assertTrue(bundle.contains("\"title\": \"latency\""), bundle);
        assertFalse(bundle.contains(fromHere.toString()), bundle);
    }

    @Test
    void anErrorNamesTheFileByTheRelativePathGiven() throws IOException {
        Cli cli = new Cli(folder);
        Path fromHere = relativeToWorkingFolder(cli.file("posts.txt", ""));

        Cli.Result result = cli.run("import", fromHere.toString());

        assertEquals("aftermath: " + fromHere + ": the file is empty", result.err().strip());
    }

    @Test
    void filesOfTheSameNameInTwoFoldersAreNamedByTheirNameAlone() throws IOException {
        Cli cli = new Cli(folder);
        Path first = Files.createDirectories(folder.resolve("first")).resolve("latency.csv");
        Path second = Files.createDirectories(folder.resolve("second")).resolve("latency.csv");
        Files.writeString(first, LATENCY);
        Files.writeString(second, "");

        Cli.Result result = cli.run("import", first.toString(), second.toString());

        assertEquals("aftermath: latency.csv: the file is empty", result.err().strip());
    }

    /** The command line resolves relative paths against the working folder, as a shell would. */
    private static Path relativeToWorkingFolder(Path file) {
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertFalse(relative.isAbsolute());
        assertTrue(Files.exists(relative), relative.toString());
        return relative;
    }

    @Test
    void aFileThatCannotBeReadExitsOneAndStoresNothingFromTheOthers() {
        Cli cli = new Cli(folder);

        Path missing = folder.resolve("posts-missing.txt");

        Cli.Result result = cli.run("import", cli.file("report.md", REPORT).toString(), missing.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + missing + ": no such file", result.err().strip());
        assertEquals("", result.out());
        assertTrue(cli.run("list").out().contains("No incidents yet"));
    }

    @Test
    void aGarbledFileInAGivenFormatExitsOneAndStoresNothing() {
        Cli cli = new Cli(folder);

        Path scan = cli.file("scan.txt", "\u0000\u0001garbage\u0002");

        Cli.Result result = cli.run("import", cli.file("report.md", REPORT).toString(), scan.toString(),
                "--format", "report");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("aftermath: " + scan + ": "), result.err());
        assertTrue(cli.run("list").out().contains("No incidents yet"));
    }

    private static String resource(String name) {
        try (InputStream in = ImportSeveralFilesTest.class.getResourceAsStream("/dev/aftermath/importing/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
