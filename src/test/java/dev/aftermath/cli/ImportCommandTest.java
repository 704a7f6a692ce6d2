package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path folder;

    @Test
    void importPrintsTheIdOfTheIncident() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());

        Cli.Result result = cli.run("import", bundle.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Cli.RICH_ID, result.out().strip());
        assertEquals("", result.err());
    }

    @Test
    void importThenShowJsonGivesBackEveryField() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());
        cli.run("import", bundle.toString());

        assertEquals(Cli.richBundle(), cli.run("show", Cli.RICH_ID, "--json").out());
    }

    @Test
    void milestonesAndDurationsInTheFileAreRecomputedNotTrusted() {
        Cli cli = new Cli(folder);
        String edited = Cli.richBundle()
                .replace("\"timeToDetect\": \"PT38M42S\"", "\"timeToDetect\": \"PT1S\"")
                .replace("\"TRIGGERED\": \"2025-10-26T00:41:00Z\"", "\"TRIGGERED\": \"1999-01-01T00:00:00Z\"");
        cli.run("import", cli.file("edited.aftermath.json", edited).toString());

        assertEquals(Cli.richBundle(), cli.run("show", Cli.RICH_ID, "--json").out());
    }

    @Test
    void aMalformedBundleExitsOneNamingTheLineAndChangesNothing() {
        Cli cli = new Cli(folder);
        cli.run("import", cli.file("first.aftermath.json", Cli.bundleWith(
                "0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "First")).toString());
        String before = cli.run("list").out();
        String broken = Cli.richBundle().replace("\"at\": \"2025-10-26T01:28:42Z\"",
                "\"at\": \"2025-13-01T00:00Z\"");

        Path brokenFile = cli.file("broken.aftermath.json", broken);

        Cli.Result result = cli.run("import", brokenFile.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + brokenFile + ":50:15: incident.entries[2].at: '2025-13-01T00:00Z' is not "
                + "an ISO-8601 instant (such as 2025-10-26T01:58:30Z)", result.err().strip());
        assertEquals("", result.out());
        assertEquals(before, cli.run("list").out());
    }

    @Test
    void aTruncatedBundleExitsOneNamingTheLine() {
        Cli cli = new Cli(folder);
        String truncated = Cli.richBundle().substring(0, 2000);

        Path cut = cli.file("cut.aftermath.json", truncated);

        Cli.Result result = cli.run("import", cut.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().matches("aftermath: " + Pattern.quote(cut.toString()) + ":\\d+:\\d+: .*\\R"),
                result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void oneBadFileAmongSeveralStoresNothing() {
        Cli cli = new Cli(folder);
        Path good = cli.file("good.aftermath.json", Cli.richBundle());
        Path newer = cli.file("newer.aftermath.json", Cli.richBundle().replace("\"version\": 1", "\"version\": 2"));

        Cli.Result result = cli.run("import", good.toString(), newer.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + newer + ":3:14: version: written by a newer Aftermath (bundle "
                + "version 2); this version reads version 1", result.err().strip());
        assertTrue(cli.run("list").out().contains("No incidents yet"));
    }

    @Test
    void anExistingIdIsRefusedWithoutReplace() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());
        cli.run("import", bundle.toString());
        Path renamed = cli.file("renamed.aftermath.json", Cli.bundleWith(Cli.RICH_ID, "Renamed"));

        Cli.Result result = cli.run("import", renamed.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + renamed + ": incident " + Cli.RICH_ID
                + " already exists; use --replace to overwrite it", result.err().strip());
        assertTrue(cli.run("list").out().contains("Café Zürich"));
    }

    @Test
    void replaceOverwritesAnExistingId() {
        Cli cli = new Cli(folder);
        cli.run("import", cli.file("rich.aftermath.json", Cli.richBundle()).toString());
        Path renamed = cli.file("renamed.aftermath.json", Cli.bundleWith(Cli.RICH_ID, "Renamed"));

        Cli.Result result = cli.run("import", renamed.toString(), "--replace");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Cli.RICH_ID, result.out().strip());
        String list = cli.run("list").out();
        assertTrue(list.contains("Renamed"), list);
        assertFalse(list.contains("Café Zürich"), list);
    }

    @Test
    void titleAndZoneOptionsOverrideTheBundle() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());

        cli.run("import", bundle.toString(), "--title", "Payments, night of the clock change", "--zone",
                "America/Sao_Paulo");

        String shown = cli.run("show", Cli.RICH_ID).out();
        assertTrue(shown.startsWith("Payments, night of the clock change"), shown);
        assertTrue(shown.contains("zone      America/Sao_Paulo"), shown);
    }

    @Test
    void severalBundlesPrintOneIdPerLine() {
        Cli cli = new Cli(folder);
        Path first = cli.file("a.aftermath.json", Cli.richBundle());
        Path second = cli.file("b.aftermath.json", Cli.bundleWith("0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "B"));

        Cli.Result result = cli.run("import", first.toString(), second.toString());

        assertEquals(Cli.RICH_ID + "\n0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", result.out().strip().replace("\r", ""));
    }

    @Test
    void aFileOfUnknownFormatAsksForFormat() {
        Cli cli = new Cli(folder);
        Path notes = cli.file("notes.log", "The cache was cold.\nPages were slow.\n");

        Cli.Result result = cli.run("import", notes.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + notes + ": cannot tell what kind of file this is: not an incident file, a status"
                + " page (JSON, feed or copied text), a metrics export or a report with times in it; name its format"
                + " with --format bundle, prometheus-json, statuspage-json, statuspage-feed, metrics-csv,"
                + " statuspage-text or report", result.err().strip());
    }

    @Test
    void aBinaryFileIsSaidNotToBeText() {
        Cli cli = new Cli(folder);
        Path scan = cli.file("scan.bin", "\u0000\u0001\u0002 not text at all \u0003");

        Cli.Result result = cli.run("import", scan.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + scan + ": the file is not text (it holds binary data)", result.err().strip());
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        Cli cli = new Cli(folder);

        Path empty = cli.file("latency.csv", "");

        Cli.Result result = cli.run("import", empty.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + empty + ": the file is empty", result.err().strip());
    }

    @Test
    void aCsvWithAQuoteNeverClosedNamesItsLineAndStoresNothing() {
        Cli cli = new Cli(folder);
        Path good = cli.file("rich.aftermath.json", Cli.richBundle());
        Path broken = cli.file("latency.csv", "time,p99 (ms)\n2025-03-04 07:00:00,120\n2025-03-04 07:01:00,\"135\n"
                + "2025-03-04 07:02:00,140\n");

        Cli.Result result = cli.run("import", good.toString(), broken.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + broken + ":3: a quoted field is never closed (missing '\"'); the file is truncated "
                + "or not a CSV file", result.err().strip());
        assertTrue(cli.run("list").out().contains("No incidents yet"));
    }

    @Test
    void anUnknownImportFormatIsWrongUsageListingTheKnownOnes() {
        Cli cli = new Cli(folder);
        Path notes = cli.file("notes.txt", "x");

        Cli.Result result = cli.run("import", notes.toString(), "--format", "word");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("aftermath: unknown import format 'word'; use auto, bundle, "
                + "prometheus-json, statuspage-json, statuspage-feed, metrics-csv, statuspage-text or report"
                + System.lineSeparator() + "Usage: aftermath import"), result.err());
        assertFalse(Files.exists(cli.db()));
    }

    @Test
    void autoIsAFormatTheImportTakes() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());

        Cli.Result result = cli.run("import", bundle.toString(), "--format", "auto");

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void aMissingFileIsNamed() {
        Path nowhere = folder.resolve("nowhere.aftermath.json");

        Cli.Result result = new Cli(folder).run("import", nowhere.toString());

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: " + nowhere + ": no such file", result.err().strip());
    }

    @Test
    void intoAddsTheEntriesOfAnotherBundleToTheNamedIncident() {
        Cli cli = new Cli(folder);
        cli.run("import", cli.file("rich.aftermath.json", Cli.richBundle()).toString());
        String other = Cli.bundleWith("0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "Other")
                .replace("327a6c43-04ad-3938-aaf0-efb6cc3e53dc", "327a6c43-0000-4000-8000-000000000000");
        Path otherFile = cli.file("other.aftermath.json", other);

        Cli.Result result = cli.run("import", otherFile.toString(), "--into", "659b5b4b");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(Cli.RICH_ID, result.out().strip());
        String shown = cli.run("show", Cli.RICH_ID).out();
        assertTrue(shown.startsWith("Card payments declined"), shown);
        assertEquals(2, shown.split("Feature flag `strict-3ds`", -1).length - 1, shown);
        assertEquals(2, cli.run("list").out().lines().count());
    }

    @Test
    void intoAValueThatCannotBeAnIdIsWrongUsage() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());

        Cli.Result result = cli.run("import", bundle.toString(), "--into", "12");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--into"), result.err());
        assertTrue(result.err().contains("'12' is too short to name an incident"), result.err());
    }

    @Test
    void intoAnUnknownIncidentIsRefused() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());

        Cli.Result result = cli.run("import", bundle.toString(), "--into", "abcd1234");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("no incident id starts with 'abcd1234'"), result.err());
    }
}
