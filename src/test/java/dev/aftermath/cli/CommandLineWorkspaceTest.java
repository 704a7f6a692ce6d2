package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** list, show, export and delete, and how the workspace file is chosen. */
class CommandLineWorkspaceTest {

    @TempDir
    Path folder;

    private Cli cli;

    private Cli importedRich() {
        cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());
        assertEquals(0, cli.run("import", bundle.toString()).exitCode());
        return cli;
    }

    @Test
    void listOnAnEmptyWorkspaceSaysHowToStart() {
        Cli.Result result = new Cli(folder).run("list");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("No incidents yet"), result.out());
    }

    @Test
    void listPrintsIdTitleStartSeverityAndStatusInAlignedColumns() {
        Cli cli = importedRich();
        Path other = cli.file("other.aftermath.json",
                Cli.bundleWith("0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "Short"));
        cli.run("import", other.toString());

        String[] lines = cli.run("list").out().split("\\R");

        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("ID"), lines[0]);
        for (int row = 1; row < 3; row++) {
            assertEquals(columnOf(lines[0], "TITLE"), columnOf(lines[row], lines[row].contains("Card") ? "Card" : "Short"), lines[row]);
            assertEquals(columnOf(lines[0], "START"), columnOf(lines[row], "2025-10-26 02:41 CEST"), lines[row]);
            assertEquals(columnOf(lines[0], "SEVERITY"), columnOf(lines[row], "SEV2"), lines[row]);
            assertTrue(lines[row].endsWith("IN_REVIEW"), lines[row]);
        }
        assertTrue(String.join("\n", lines).contains(
                Cli.RICH_ID + "  Card payments declined — Café Zürich & São Paulo ☕"), lines[1] + lines[2]);
    }

    /** Where the text starts on screen, in terminal columns. */
    private static int columnOf(String line, String text) {
        int index = line.indexOf(text);
        assertTrue(index >= 0, line);
        return DisplayWidth.of(line.substring(0, index));
    }

    @Test
    void listLinesUpTitlesInChineseAndWithEmojiByTheirWidthOnScreen() {
        Cli cli = new Cli(folder);
        cli.run("import", cli.file("a.aftermath.json", Cli.bundleWith(
                "0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "数据库故障")).toString());
        cli.run("import", cli.file("b.aftermath.json", Cli.bundleWith(
                "1e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "Database down 🔥")).toString());

        String list = cli.run("list").out();

        assertTrue(list.contains("  TITLE" + " ".repeat(16 - 5 + 2) + "START"), list);
        assertTrue(list.contains("  数据库故障" + " ".repeat(16 - 10 + 2) + "2025-"), list);
        assertTrue(list.contains("  Database down 🔥" + " ".repeat(2) + "2025-"), list);
    }

    @Test
    void listShortensALongTitleToSixtyColumnsWithoutBreakingACharacter() {
        Cli cli = new Cli(folder);
        cli.run("import", cli.file("a.aftermath.json", Cli.bundleWith(
                "0e0f0a0b-1c1d-4e4f-8a8b-9c9d0e0f1a1b", "x".repeat(58) + "🔥🔥 and more")).toString());

        String list = cli.run("list").out();

        assertTrue(list.contains("  " + "x".repeat(58) + "…  2025-"), list);
    }

    @Test
    void listJsonIsAnArrayOfIncidents() throws Exception {
        Cli.Result result = importedRich().run("list", "--json");

        JsonNode incidents = new ObjectMapper().readTree(result.out());
        assertEquals(1, incidents.size());
        JsonNode incident = incidents.get(0);
        assertEquals(Cli.RICH_ID, incident.get("id").asText());
        assertEquals("Card payments declined — Café Zürich & São Paulo ☕", incident.get("title").asText());
        assertEquals("2025-10-26T00:41:00Z", incident.get("start").asText());
        assertEquals("SEV2", incident.get("severity").asText());
        assertEquals("IN_REVIEW", incident.get("status").asText());
    }

    @Test
    void listJsonOfAnEmptyWorkspaceIsAnEmptyArray() throws Exception {
        Cli.Result result = new Cli(folder).run("list", "--json");

        assertEquals(0, new ObjectMapper().readTree(result.out()).size());
    }

    @Test
    void showSummarisesTheIncidentWithTimesInItsZone() {
        Cli.Result result = importedRich().run("show", Cli.RICH_ID.substring(0, 8));

        assertEquals(0, result.exitCode());
        String out = result.out();
        assertTrue(out.startsWith("Card payments declined — Café Zürich & São Paulo ☕"), out);
        assertTrue(out.contains("affected  payments-gateway, checkout-web, Ärzte-Portal"), out);
        assertTrue(out.contains("Milestones (Europe/Berlin)"), out);
        assertTrue(out.contains("Impact started       2025-10-26 02:50:00 +02:00  (pinned)"), out);
        assertTrue(out.contains("Detected             2025-10-26 02:28:42 +01:00" + System.lineSeparator()), out);
        assertTrue(out.contains("time to detect       39 min"), out);
        assertTrue(out.contains("Entries (times in Europe/Berlin;"), out);
        assertTrue(out.contains("status-page  [identified] Cause found"), out);
        assertTrue(out.contains("~2025-10-26 02:55:12 +02:00 – 03:20:00 +01:00  IMPACT_STARTED"), out);
        assertTrue(out.contains("- both regions 🔥"), out);
        assertTrue(out.contains("decline rate (%): 5 points"), out);
        assertTrue(out.contains("3 action items"), out);
    }

    @Test
    void showJsonPrintsTheBundleExactlyAsImported() {
        Cli.Result result = importedRich().run("show", Cli.RICH_ID, "--json");

        assertEquals(0, result.exitCode());
        assertEquals(Cli.richBundle(), result.out());
    }

    @Test
    void showAnUnknownIdFailsWithAMessage() {
        Cli.Result result = importedRich().run("show", "ffffffff-ffff-4fff-8fff-ffffffffffff");

        assertEquals(1, result.exitCode());
        assertEquals("aftermath: no incident ffffffff-ffff-4fff-8fff-ffffffffffff in this workspace",
                result.err().strip());
    }

    @Test
    void aPrefixShorterThanFourCharactersIsWrongUsage() {
        Cli.Result result = importedRich().run("show", "659");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'659' is too short to name an incident: give at least 4 characters"),
                result.err());
        assertTrue(result.err().contains("Usage: aftermath show"), result.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zzzz", "659b5b4b-2a3e-3e08-8020-1ac7118615f0-0", "659b5b4b-2a3e-3e08-8020-1ac7118615fg",
            "659b5b4b2-a3e-3e08-8020-1ac7118615f0"})
    void aValueThatCannotBeAnIdIsWrongUsage(String typed) {
        Cli.Result result = importedRich().run("delete", typed);

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("'" + typed + "' is not an incident id"), result.err());
        assertTrue(cli.run("list").out().contains(Cli.RICH_ID));
    }

    @Test
    void aWrongIdIsToldBeforeAnyWorkspaceIsCreated() {
        Cli cli = new Cli(folder);

        assertEquals(2, cli.run("show", "12").exitCode());

        assertFalse(Files.exists(cli.db()));
    }

    @Test
    void theWholeIdInCapitalsFindsTheIncident() {
        Cli.Result result = importedRich().run("show", Cli.RICH_ID.toUpperCase(Locale.ROOT));

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void anAmbiguousPrefixNamesTheCandidates() {
        Cli cli = importedRich();
        Path twin = cli.file("twin.aftermath.json", Cli.bundleWith("659b5b4b-0000-4000-8000-000000000000", "Twin"));
        cli.run("import", twin.toString());

        Cli.Result result = cli.run("show", "659b5b4b");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("'659b5b4b' matches 2 incidents"), result.err());
        assertTrue(result.err().contains("659b5b4b-0000-4000-8000-000000000000 (Twin)"), result.err());
        assertTrue(result.err().contains(Cli.RICH_ID), result.err());
    }

    @Test
    void anUnmatchedPrefixSaysSo() {
        Cli.Result result = importedRich().run("delete", "abcdef");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("no incident id starts with 'abcdef'"), result.err());
    }

    @Test
    void exportJsonWritesTheBundleFile() throws Exception {
        Path out = folder.resolve("shared.aftermath.json");

        Cli.Result result = importedRich().run("export", "659b5b", "--format", "json", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertArrayEquals(Cli.richBundle().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void exportToAnUnknownFormatIsWrongUsageListingTheKnownOnes() {
        Cli.Result result = importedRich().run("export", "659b5b", "--format", "pdf", "--out", "x.pdf");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("aftermath: unknown export format 'pdf'; use json, markdown, docx, html, "
                + "png or svg" + System.lineSeparator() + "Usage: aftermath export"), result.err());
        assertFalse(Files.exists(folder.resolve("x.pdf")));
    }

    @Test
    void anUnknownThemeIsWrongUsageListingTheThemes() {
        Cli.Result result = importedRich().run("export", "659b5b", "--format", "png", "--out", "x.png",
                "--theme", "neon");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("aftermath: unknown theme 'neon'; use light, dark or contrast"),
                result.err());
    }

    @Test
    void aWrongExportFormatCreatesNoWorkspace() {
        Cli cli = new Cli(folder);

        assertEquals(2, cli.run("export", "659b5b", "--format", "pdf", "--out", "x.pdf").exitCode());

        assertFalse(Files.exists(cli.db()));
    }

    @Test
    void exportIntoAMissingFolderNamesTheFolder() {
        Path out = folder.resolve("missing").resolve("x.aftermath.json");

        Cli.Result result = importedRich().run("export", "659b5b", "--format", "json", "--out", out.toString());

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("does not exist"), result.err());
        assertTrue(result.err().contains("missing"), result.err());
    }

    @Test
    void deleteRemovesTheIncident() {
        Cli cli = importedRich();

        Cli.Result result = cli.run("delete", "659b5b4b");

        assertEquals(0, result.exitCode());
        assertEquals(Cli.RICH_ID, result.out().strip());
        assertTrue(cli.run("list").out().contains("No incidents yet"));
    }

    @Test
    void theEnvironmentVariableChoosesTheWorkspace() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());
        Map<String, String> environment = Map.of("AFTERMATH_DB", folder.resolve("from-env.db").toString());

        assertEquals(0, cli.runWith(environment, "import", bundle.toString()).exitCode());

        assertTrue(Files.exists(folder.resolve("from-env.db")));
        assertTrue(cli.runWith(environment, "list").out().contains(Cli.RICH_ID));
    }

    @Test
    void theDbOptionWinsOverTheEnvironmentVariable() {
        Cli cli = new Cli(folder);
        Path bundle = cli.file("rich.aftermath.json", Cli.richBundle());
        Map<String, String> environment = Map.of("AFTERMATH_DB", folder.resolve("from-env.db").toString());
        cli.runWith(environment, "import", bundle.toString());

        Cli.Result result = cli.runWith(environment, "--db", folder.resolve("option.db").toString(), "list");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("No incidents yet"), result.out());
    }
}
