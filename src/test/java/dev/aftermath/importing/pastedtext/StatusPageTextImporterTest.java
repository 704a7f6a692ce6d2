package dev.aftermath.importing.pastedtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusPageTextImporterTest {

    private final StatusPageTextImporter importer = new StatusPageTextImporter();

    @Test
    void claimsCopiedPagesButNotReportsOrData() throws IOException {
        assertTrue(importer.canRead(Source.ofText("page.txt", "Slow search\nInvestigating\nWe are looking into it.\n"
                + "Posted Nov 22, 2023 - 08:24 UTC\n")));
        assertFalse(importer.canRead(Source.ofText("report.md", "What went well\n- fast\nInvestigating\n"
                + "Posted Nov 22, 2023 - 08:24 UTC\n")));
        assertFalse(importer.canRead(Source.ofText("data.json", "{\"incidents\": []}")));
        assertFalse(importer.canRead(Source.ofText("notes.txt", "At 08:24 UTC we restarted the cache.")));
    }

    @Test
    void postsCopiedWithoutTheirLinksReadCleanly() throws IOException {
        Incident incident = read("""
                Slow uploads in Europe
                Incident Report for Example Files
                Investigating
                Uploads are slow for customers on our Frankfurt cluster - hosted on

                Customers on our Oregon ( and Sydney ( clusters are not affected.
                Posted Mar 14, 2025 - 09:20 UTC
                """).incidents().get(0);

        assertEquals("Uploads are slow for customers on our Frankfurt cluster.\n\n"
                + "Customers on our Oregon and Sydney clusters are not affected.", incident.entries().get(0).text());
    }

    @Test
    void readsHomePageCopiesWhoseDateLinesHaveNoYear() throws IOException {
        Incident incident = read("""
                Jan 12, 2021
                Posts fail to publish
                Resolved - Publishing works again.
                Jan 12, 19:26 CET
                Update - We keep looking into the failures.
                Jan 12, 13:23 CET
                """).incidents().get(0);
        assertEquals("Posts fail to publish", incident.title());
        assertEquals(List.of(Instant.parse("2021-01-12T12:23:00Z"), Instant.parse("2021-01-12T18:26:00Z")),
                incident.entries().stream().map(TimelineEntry::at).toList());
        assertEquals("Publishing works again.", incident.entries().get(1).text());
        assertEquals(PostStatus.RESOLVED, incident.entries().get(1).status());
    }

    @Test
    void aCopyThatStartsWithAPostBodyHasNoTitle() throws IOException {
        Incident incident = read("We are investigating slow searches.\nPosted Nov 22, 2023 - 08:24 UTC\n")
                .incidents().get(0);
        assertEquals("", incident.title());
        assertEquals(PostStatus.INVESTIGATING, incident.entries().get(0).status());
    }

    @Test
    void anUpdateKeepsTheStatusOfThePostBeforeItInTime() throws IOException {
        Incident incident = read("""
                Queue delays
                Update
                Still draining.
                Posted Mar 01, 2024 - 10:30 UTC
                Monitoring
                A fix is out.
                Posted Mar 01, 2024 - 10:00 UTC
                """).incidents().get(0);
        assertEquals(PostStatus.MONITORING, incident.entries().get(1).status());
    }

    @Test
    void aPostWithoutAStatusWordThatTellsTheCauseIsIdentifiedWithoutAWarning() throws IOException {
        ImportResult result = read("""
                Login errors
                Investigating
                Some users cannot log in.
                Posted Mar 01, 2024 - 10:00 UTC

                We have found the cause: a bad certificate.
                Posted Mar 01, 2024 - 10:20 UTC
                """);

        TimelineEntry post = result.incidents().get(0).entries().get(1);
        assertEquals("We have found the cause: a bad certificate.", post.text());
        assertEquals(PostStatus.IDENTIFIED, post.status());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void warnsWithTheLineOfAnUnknownZoneAndReadsItInTheGivenZone() throws IOException {
        ImportResult result = importer.read(Source.ofText("page.txt", """
                Queue delays
                Investigating
                We are looking into it.
                Posted Mar 01, 2024 - 10:00 XYZT
                """), ImportOptions.DEFAULT, Progress.NONE);
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), result.incidents().get(0).entries().get(0).at());
        assertEquals(4, result.warnings().get(0).line());
        assertTrue(result.warnings().get(0).message().contains("XYZT"));
    }

    @Test
    void keepsProvenanceAndGivesTheSameIdsOnEveryImport() throws IOException {
        String text = "Slow search\nInvestigating\nWe are looking into it.\nPosted Nov 22, 2023 - 08:24 UTC\n";
        TimelineEntry first = read(text).incidents().get(0).entries().get(0);
        TimelineEntry again = read(text).incidents().get(0).entries().get(0);
        assertEquals(first.id(), again.id());
        assertEquals("page.txt:4", first.provenance().describe());
        assertEquals(EntrySource.STATUS_PAGE, first.source());
    }

    @Test
    void textWithoutDateLinesIsAnImportExceptionThatSaysWhatIsMissing() {
        ImportException failure = assertThrows(ImportException.class, () -> read("Just some words\nand more\n"));
        assertTrue(failure.getMessage().startsWith("page.txt: no status-page post"), failure.getMessage());
    }

    @Test
    void readsAnAmbiguousZoneInItsDefaultMeaningAndWarns() throws IOException {
        ImportResult result = read("Slow search\nInvestigating\nWe are looking into it.\nNov 22, 2023 - 08:24 IST\n");
        assertEquals(Instant.parse("2023-11-22T02:54:00Z"), result.incidents().get(0).entries().get(0).at());
        assertEquals(4, result.warnings().get(0).line());
        assertTrue(result.warnings().get(0).message().contains("Asia/Kolkata"), result.warnings().get(0).message());
    }

    @Test
    void theUsersZoneChoosesTheMeaningOfAnAmbiguousZone() throws IOException {
        ImportResult result = importer.read(Source.ofText("page.txt",
                "Slow search\nInvestigating\nWe are looking into it.\nNov 22, 2023 - 08:24 CST\n"),
                new ImportOptions(ZoneId.of("Asia/Shanghai")), Progress.NONE);
        assertEquals(Instant.parse("2023-11-22T00:24:00Z"), result.incidents().get(0).entries().get(0).at());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void aMaintenanceInProgressIsIdentifiedLikeInTheOtherStatusPageImporters() throws IOException {
        Incident incident = read("Database failover\nIn progress\nThe switch has started.\n"
                + "Sep 6, 2025 - 02:00 UTC\n").incidents().get(0);
        assertEquals(PostStatus.IDENTIFIED, incident.entries().get(0).status());
    }

    private ImportResult read(String text) throws IOException {
        return importer.read(Source.ofText("page.txt", text), ImportOptions.DEFAULT, Progress.NONE);
    }
}
