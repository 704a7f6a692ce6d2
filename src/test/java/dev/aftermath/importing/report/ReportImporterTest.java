package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportImporterTest {

    private final ReportImporter importer = new ReportImporter();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"incidents\": [{\"created_at\": \"2024-01-01T10:00:00Z\"}]}",
        "<?xml version=\"1.0\"?><feed><updated>10:00</updated></feed>",
        "time,latency\n2024-01-01 10:00,12\n2024-01-01 10:01,13\n2024-01-01 10:02,15\n",
        "sep=;\nTime;Value\n10:00;1\n",
        "A report that names no time of day at all.",
    })
    void leavesDataAndTimelessTextToOthers(String text) throws IOException {
        assertFalse(importer.canRead(Source.ofText("input", text)));
    }

    @Test
    void claimsProseWithATime() throws IOException {
        assertTrue(importer.canRead(Source.ofText("notes.txt", "We restarted the cache at 08:24 UTC.")));
    }

    @Test
    void leavesACopiedStatusPageToTheStatusPageTextImporter() throws IOException {
        assertFalse(importer.canRead(Source.ofText("page.txt",
                "Slow search\nInvestigating\nWe are looking into it.\nPosted Nov 22, 2023 - 08:24 UTC\n")));
    }

    @Test
    void readsBareTimesInTheZoneTheUserGave() throws IOException {
        Incident incident = importer.read(Source.ofText("notes.md", "# Cache trouble\n\n2024-07-01\n- 09:00 paged\n"),
                new ImportOptions(ZoneId.of("America/New_York")), Progress.NONE).incidents().get(0);
        assertEquals(Instant.parse("2024-07-01T13:00:00Z"), incident.entries().get(0).at());
        assertEquals("Cache trouble", incident.title());
    }

    @Test
    void readsSentencesOfHardWrappedParagraphsWholeAndNamesTheLineOfEachTime() throws IOException {
        String wrapped = """
                # Queue backlog

                On 3 March 2025 the billing queue stopped draining. The first alert fired at
                10:14 UTC and the on-call engineer restarted the consumers at 10:31 UTC; the
                backlog was gone and billing fully recovered at 10:52 UTC.
                """;

        Incident incident = importer.read(Source.ofText("wrapped.md", wrapped), ImportOptions.DEFAULT,
                Progress.NONE).incidents().get(0);

        assertEquals(List.of("The first alert fired at 10:14 UTC",
                        "the on-call engineer restarted the consumers at 10:31 UTC",
                        "the backlog was gone and billing fully recovered at 10:52 UTC."),
                incident.entries().stream().map(TimelineEntry::text).toList());
        assertEquals(List.of(4, 4, 5), incident.entries().stream().map(entry -> entry.provenance().line()).toList());
        assertEquals(Instant.parse("2025-03-03T10:14:00Z"), incident.entries().get(0).at());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Severity: 1      # SEV1
            This was a SEV2  # SEV2
            Sev 3 incident   # SEV3
            SEV0             # SEV1
            """)
    void readsTheStatedSeverity(String line, Severity expected) throws IOException {
        ImportResult result = importer.read(Source.ofText("r.md", "# Outage\n" + line + "\n\nOn 2024-01-01 at 10:00 "
                + "UTC it broke.\n"), ImportOptions.DEFAULT, Progress.NONE);
        assertEquals(expected, result.incidents().get(0).severity());
    }

    @Test
    void givesTheSameEntryIdsOnEveryImport() throws IOException {
        String text = "Outage\n\nOn 2024-01-01 at 10:00 UTC the alarm fired.\n";
        TimelineEntry first = importer.read(Source.ofText("r.txt", text), ImportOptions.DEFAULT, Progress.NONE)
                .incidents().get(0).entries().get(0);
        TimelineEntry again = importer.read(Source.ofText("r.txt", text), ImportOptions.DEFAULT, Progress.NONE)
                .incidents().get(0).entries().get(0);
        assertEquals(first.id(), again.id());
        assertEquals("r.txt:3", first.provenance().describe());
    }

    @Test
    void textWithNeitherTimesNorSectionsIsAnImportException() {
        ImportException failure = assertThrows(ImportException.class, () -> importer.read(
                Source.ofText("letter.txt", "Dear team,\nthanks for the lunch.\n"), ImportOptions.DEFAULT,
                Progress.NONE));
        assertTrue(failure.getMessage().startsWith("letter.txt: no dated statement"), failure.getMessage());
    }

    @Test
    void keepsTheDoubtAboutABareTimeEarlierThanTheOneBeforeItOnTheEntry() throws IOException {
        String text = "Cache outage\n\n2024-03-05\n- 09:50 UTC rollback started\n- 09:05 UTC errors stopped\n";
        ImportResult result = importer.read(Source.ofText("r.md", text), ImportOptions.DEFAULT, Progress.NONE);
        TimelineEntry stopped = result.incidents().get(0).entries().stream()
                .filter(entry -> entry.text().contains("errors stopped")).findFirst().orElseThrow();

        assertTrue(stopped.provenance().doubt().startsWith("the time 09:05 is earlier than the time before it"),
                stopped.provenance().doubt());
        assertEquals(stopped.provenance().doubt(), result.warnings().get(0).message());
        assertTrue(result.incidents().get(0).entries().stream()
                .filter(entry -> entry != stopped).allMatch(entry -> entry.provenance().doubt() == null));
    }
}
