package dev.aftermath.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.importing.ImportPreviewViewModel.Destination;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.workspace.ImportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The import preview with a real workspace file and the calling-thread runner: what is shown is what is stored. */
class ImportPreviewViewModelTest extends WorkspaceTestBase {

    static final String REPORT = """
            # Search outage after a config push

            At 09:12 UTC on 14 March 2025 a config push took search down. The on-call engineer was paged at
            09:15 UTC. We rolled back at 09:31 UTC and search fully recovered at 09:40 UTC.

            ## What went well
            - The rollback took two minutes.
            """;
    static final String LOCAL_LATENCY = """
            time;p99 latency (ms)
            14.03.2025 10:00:00;120
            14.03.2025 10:15:00;2400
            14.03.2025 10:30:00;130
            """;

    private ImportPreviewViewModel preview(String name, String content) throws IOException {
        transfer.importFiles(List.of(Files.writeString(folder.resolve(name), content)));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(1, previews.size(), "the preview opens once the file is read");
        return previews.get(0);
    }

    private static List<PreviewEntry> entries(ImportPreviewViewModel preview) {
        return preview.shownProperty().get().entries();
    }

    private static ImportFormat format(ImportPreviewViewModel preview, String id) {
        return preview.formats().stream().filter(format -> format.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void readingShowsEntriesTimesProvenanceAndReviewAndStoresNothing() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);

        assertEquals(List.of(), store.list());
        assertEquals("report", preview.files().get(0).formatProperty().get().id());
        PreviewEntry paged = entries(preview).stream().filter(row -> row.text().contains("paged")).findFirst()
                .orElseThrow();
        assertEquals("2025-03-14 09:15", paged.utcTime());
        assertEquals(EntryKind.DETECTED, paged.kindProperty().get());
        assertEquals("report.md:4", paged.provenance(), "the line its time is on");
        assertEquals("line 4", paged.place());
        assertEquals(List.of(new ReviewField("Went well", "• The rollback took two minutes.")),
                preview.shownProperty().get().review().stream()
                        .filter(field -> field.label().equals("Went well")).toList());
        assertTrue(preview.summaryProperty().get().startsWith("1 file · 1 incident · "),
                preview.summaryProperty().get());
    }

    @Test
    void confirmStoresExactlyWhatThePreviewShowsWithKindsChangedAndEntriesLeftOut() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);
        PreviewEntry rollback = entries(preview).stream().filter(row -> row.text().contains("rolled back"))
                .findFirst().orElseThrow();
        PreviewEntry first = entries(preview).get(0);

        preview.changeKind(rollback, EntryKind.MITIGATED);
        first.includedProperty().set(false);
        preview.confirm();

        assertTrue(preview.closedProperty().get());
        Incident stored = store.find(main.list().selectedProperty().get()).orElseThrow();
        List<String> shown = entries(preview).stream().filter(row -> row.includedProperty().get())
                .map(row -> row.utcTime() + " " + row.kindProperty().get() + " " + row.text()).toList();
        assertEquals(shown, stored.entries().stream().map(entry -> PreviewEntry.time(entry, Incident.UTC) + " "
                + entry.kind() + " " + entry.text()).toList());
        assertEquals(EntryKind.MITIGATED, stored.entries().stream().filter(entry -> entry.id().equals(rollback.id()))
                .findFirst().orElseThrow().kind());
        assertEquals("Search outage after a config push", stored.title());
        assertEquals(List.of("The rollback took two minutes."), stored.rca().wentWell());
        assertEquals("Imported report.md as 'Search outage after a config push': " + stored.entries().size()
                + " entries", main.status().messageProperty().get(), "the last word once it is saved and shown");
    }

    @Test
    void aTitleTypedInThePreviewNamesTheNewIncidentAndSurvivesReadingAgain() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);
        assertEquals("Search outage after a config push", preview.shownProperty().get().titleProperty().get());

        preview.shownProperty().get().titleProperty().set("  Search down for 28 minutes ");
        preview.changeZone("Europe/Paris");
        preview.confirm();

        Incident stored = store.find(main.list().selectedProperty().get()).orElseThrow();
        assertEquals("Search down for 28 minutes", stored.title());
    }

    @Test
    void aTitleLeftBlankKeepsTheOneReadFromTheFiles() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);

        preview.shownProperty().get().titleProperty().set(" ");
        preview.confirm();

        assertEquals("Search outage after a config push",
                store.find(main.list().selectedProperty().get()).orElseThrow().title());
    }

    @Test
    void cancelStoresNothing() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);

        preview.cancel();

        assertTrue(preview.closedProperty().get());
        assertEquals(List.of(), store.list());
        assertFalse(main.history().canUndoProperty().get());
    }

    @Test
    void choosingAnotherFormatReadsTheFileAgainInThatFormat() throws IOException {
        ImportPreviewViewModel preview = preview("page.txt", """
                Slow search
                Incident Report for Example Search
                Investigating
                Since 09:05 UTC some searches fail.
                Posted Mar 14, 2025 - 09:20 UTC
                """);
        assertEquals("statuspage-text", preview.files().get(0).formatProperty().get().id());
        assertEquals(1, entries(preview).size());

        preview.changeFormat(preview.files().get(0), format(preview, "report"));

        assertEquals("report", preview.files().get(0).formatProperty().get().id());
        assertEquals(List.of("2025-03-14 09:05", "2025-03-14 09:20"),
                entries(preview).stream().map(PreviewEntry::utcTime).toList(),
                "read as a report, the sentence with a time is an entry too");
        assertFalse(preview.busyProperty().get());
    }

    @Test
    void aFormatThatCannotReadTheFileSaysWhyAndKeepsWhatWasShown() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);
        List<PreviewEntry> before = entries(preview);

        preview.changeFormat(preview.files().get(0), format(preview, "prometheus-json"));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("report.md"), dialogs.errors::toString);
        assertEquals("report", preview.files().get(0).formatProperty().get().id());
        assertEquals(before, entries(preview));
        assertFalse(preview.busyProperty().get());
    }

    @Test
    void readingAgainKeepsTheKindsTheUserChose() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);
        PreviewEntry rollback = entries(preview).stream().filter(row -> row.text().contains("rolled back"))
                .findFirst().orElseThrow();
        preview.changeKind(rollback, EntryKind.MITIGATED);

        preview.changeZone("Europe/Paris");

        assertEquals(EntryKind.MITIGATED, entries(preview).stream().filter(row -> row.id().equals(rollback.id()))
                .findFirst().orElseThrow().kindProperty().get());
        assertEquals("2025-03-14 10:31", entries(preview).stream().filter(row -> row.id().equals(rollback.id()))
                .findFirst().orElseThrow().localTime());
    }

    @Test
    void aZoneForLocalTimesReadsTheSpreadsheetAgainAndBecomesTheIncidentsZone() throws IOException {
        ImportPreviewViewModel preview = preview("latency.csv", LOCAL_LATENCY);
        assertTrue(preview.warnings().stream().anyMatch(warning -> warning.message().contains("read as UTC")),
                preview.warnings()::toString);

        preview.changeZone("Europe/Paris");
        preview.confirm();

        Incident stored = store.find(main.list().selectedProperty().get()).orElseThrow();
        assertEquals(ZoneId.of("Europe/Paris"), stored.zone());
        assertEquals(Instant.parse("2025-03-14T09:00:00Z").toEpochMilli(), stored.series().get(0).timestamps()[0]);
        assertEquals("2025-03-14 10:00 – 10:30", preview.shownProperty().get().series().get(0).range());
    }

    @Test
    void aBadZoneIsExplainedAndChangesNothing() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);

        preview.changeZone("Mars/Olympus");

        assertTrue(preview.zoneErrorProperty().get().contains("'Mars/Olympus' is not a time zone"));
        assertEquals(Incident.UTC, preview.zoneProperty().get());
    }

    @Test
    void metricsGoIntoTheSelectedIncidentWhichKeepsItsTitleAndTheImportCanBeUndone() throws IOException {
        main.newIncident();
        main.incident().rename("Search outage");
        UUID selected = main.incident().incidentProperty().get().id();
        ImportPreviewViewModel preview = preview("latency.csv", LOCAL_LATENCY);
        assertEquals(Destination.SELECTED_INCIDENT, preview.destinationProperty().get(),
                "a file of metrics alone goes to the incident on screen");
        assertEquals("Search outage", preview.selectedTitle());

        preview.confirm();

        assertEquals(1, store.list().size());
        Incident merged = store.find(selected).orElseThrow();
        assertEquals("Search outage", merged.title());
        assertEquals(1, merged.series().size());
        assertEquals(120.0, merged.series().get(0).values()[0]);
        assertEquals("Import latency.csv", main.history().undoDescriptionProperty().get());
        assertEquals("Imported latency.csv into 'Search outage': 1 series, with 1 warning",
                main.status().messageProperty().get(), "the warning: the times carry no zone");

        main.undo();

        assertEquals(List.of(), store.find(selected).orElseThrow().series());
        assertEquals("Search outage", store.find(selected).orElseThrow().title());
    }

    @Test
    void aReportCanGoIntoTheSelectedIncidentToo() throws IOException {
        main.newIncident();
        main.incident().rename("Search outage");
        UUID selected = main.incident().incidentProperty().get().id();
        ImportPreviewViewModel preview = preview("report.md", REPORT);
        assertEquals(Destination.NEW_INCIDENT, preview.destinationProperty().get());

        preview.destinationProperty().set(Destination.SELECTED_INCIDENT);
        preview.confirm();

        assertEquals(1, store.list().size());
        assertEquals(entries(preview).size(), store.find(selected).orElseThrow().entries().size());
    }

    @Test
    void aFeedOfSeveralIncidentsEndsSayingHowManyWereImported() throws IOException {
        String feed;
        try (var in = getClass().getResourceAsStream("/dev/aftermath/importing/feed/history.rss")) {
            feed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ImportPreviewViewModel preview = preview("history.rss", feed);
        int incidents = preview.incidents().size();

        preview.confirm();

        int entries = store.list().stream().mapToInt(line -> store.find(line.id()).orElseThrow().entries().size())
                .sum();
        assertTrue(incidents > 1, "the feed holds several incidents");
        assertEquals("Imported history.rss as " + incidents + " incidents: " + entries + " entries, with 1 warning",
                main.status().messageProperty().get());
    }

    @Test
    void undoingAnImportRemovesTheIncidentItCreated() throws IOException {
        preview("report.md", REPORT).confirm();
        assertEquals(1, store.list().size());

        main.undo();

        assertEquals(List.of(), store.list());
        main.redo();
        assertEquals(1, store.list().size());
    }

    @Test
    void pastedTextOpensThePreviewWithPastedTextAsItsSource() {
        transfer.importText("Slow search\nInvestigating\nWe are looking into slow searches.\n"
                + "Posted Mar 14, 2025 - 09:20 UTC\n");

        ImportPreviewViewModel preview = previews.get(0);
        assertEquals("pasted text", preview.files().get(0).name());
        assertEquals("statuspage-text", preview.files().get(0).formatProperty().get().id());
        assertEquals("pasted text:4", entries(preview).get(0).provenance());
        assertEquals("Investigating: We are looking into slow searches.", entries(preview).get(0).described());
    }

    @Test
    void pastingNothingSaysSoAndOpensNoPreview() {
        transfer.importText("  ");

        assertTrue(previews.isEmpty());
        assertTrue(main.status().messageProperty().get().startsWith("Nothing to import"));
    }

    @Test
    void anIncidentLeftOutIsNotStoredAndLeavingAllOutDisablesImport() throws IOException {
        Path feed = Path.of("src/test/resources/dev/aftermath/importing/feed/history.rss");
        ImportPreviewViewModel preview = preview("history.rss", Files.readString(feed));
        assertEquals(3, preview.incidents().size());

        preview.incidents().get(1).includedProperty().set(false);
        preview.confirm();

        assertEquals(2, store.list().size());
        List<String> titles = store.list().stream().map(summary -> summary.title()).toList();
        assertFalse(titles.contains(preview.incidents().get(1).titleProperty().get()), titles::toString);
    }

    @Test
    void leavingEveryIncidentOutLeavesNothingToImport() throws IOException {
        ImportPreviewViewModel preview = preview("report.md", REPORT);

        preview.incidents().get(0).includedProperty().set(false);
        preview.confirm();

        assertTrue(preview.nothingChosenProperty().get());
        assertFalse(preview.closedProperty().get());
        assertEquals(List.of(), store.list());
    }

    @Test
    void sparklinesAreComputedWithTheParsingAndKeepASpike() throws IOException {
        ImportPreviewViewModel preview = preview("latency.csv", LOCAL_LATENCY);

        Sparkline sparkline = preview.shownProperty().get().series().get(0).sparkline();

        assertEquals(2400.0, sparkline.max());
        assertEquals(120.0, sparkline.min());
    }
}
