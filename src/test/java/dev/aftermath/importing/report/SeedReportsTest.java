package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.pastedtext.StatusPageTextImporter;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The three real reports in ../shared/seeds import into the right timeline. The facts asserted were checked by
 * reading the reports; the test is skipped where the seeds are not present.
 */
class SeedReportsTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Test
    void europeOutageReportGivesDetectionRecoveryPostsAndLessons() throws IOException {
        Incident incident = importSeed("000_");
        assertEquals("Increased Error Rates and Latencies in Intercom Europe", incident.title());
        assertEntry(incident, EntryKind.IMPACT_STARTED, "2023-11-22T07:30:00Z", "2023-11-22T09:15:00Z");
        assertEntry(incident, EntryKind.DETECTED, "2023-11-22T08:02:00Z", null);
        assertEntry(incident, EntryKind.ESCALATED, "2023-11-22T08:15:00Z", null);
        assertEntry(incident, EntryKind.IDENTIFIED, "2023-11-22T08:26:00Z", null);
        assertEntry(incident, EntryKind.ACTION, "2023-11-22T08:52:00Z", null);
        assertEntry(incident, EntryKind.RESOLVED, "2023-11-22T09:15:00Z", null);
        assertEquals(List.of(
                        post("2023-11-22T08:24:00Z", PostStatus.INVESTIGATING),
                        post("2023-11-22T08:39:00Z", PostStatus.INVESTIGATING),
                        post("2023-11-22T09:11:00Z", PostStatus.IDENTIFIED),
                        post("2023-11-22T09:17:00Z", PostStatus.MONITORING),
                        post("2023-11-22T09:25:00Z", PostStatus.RESOLVED),
                        post("2023-11-22T20:31:00Z", PostStatus.POSTMORTEM)),
                posts(incident));
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        assertEquals(Instant.parse("2023-11-22T08:02:00Z"), milestones.at(Milestone.DETECTED).orElseThrow());
        assertEquals(Instant.parse("2023-11-22T08:24:00Z"),
                milestones.at(Milestone.FIRST_COMMUNICATION).orElseThrow());
        assertEquals(2, incident.rca().wentWell().size());
        assertEquals(3, incident.rca().couldBeBetter().size());
        assertEquals(5, incident.rca().actionItems().size());
        assertTrue(incident.rca().actionItems().get(0).text().startsWith("Tune timeouts"));
        assertEquals(1, incident.affected().size());
        assertTrue(incident.affected().get(0).startsWith("Intercom Europe ("));
    }

    @Test
    void databaseFailoverReportGivesTriggerDetectionRecoveryPostsAndLessons() throws IOException {
        Incident incident = importSeed("001_");
        assertEquals("Web App and API Degraded Performance", incident.title());
        TimelineEntry trigger = assertEntry(incident, EntryKind.TRIGGER, "2023-11-07T11:49:00Z", null);
        assertTrue(trigger.approximate());
        assertEntry(incident, EntryKind.IMPACT_STARTED, "2023-11-07T11:50:00Z", "2023-11-07T11:56:00Z");
        assertEntry(incident, EntryKind.DETECTED, "2023-11-07T11:54:00Z", null);
        assertEntry(incident, EntryKind.IDENTIFIED, "2023-11-07T11:57:00Z", null);
        assertEntry(incident, EntryKind.ACTION, "2023-11-07T11:55:00Z", null);
        assertEquals(List.of(
                        post("2023-11-07T11:59:00Z", PostStatus.INVESTIGATING),
                        post("2023-11-07T12:13:00Z", PostStatus.RESOLVED),
                        post("2023-11-08T17:05:00Z", PostStatus.POSTMORTEM)),
                posts(incident));
        assertEquals(Instant.parse("2023-11-07T11:54:00Z"),
                IncidentMilestones.of(incident).at(Milestone.DETECTED).orElseThrow());
        assertEquals(3, incident.rca().wentWell().size());
        assertEquals(3, incident.rca().couldBeBetter().size());
        assertEquals(2, incident.rca().actionItems().size());
        assertTrue(incident.rca().summary().startsWith("Intercom uses MySQL"));
        assertEquals(8, incident.affected().size());
        assertEquals("Intercom Webhooks", incident.affected().get(7));
    }

    @Test
    void memoryLeakWriteUpGivesBothOutageWindowsWithTheYearFromTheSecond() throws IOException {
        Incident incident = importSeed("003_");
        assertEquals("Intercom teammate web app is down", incident.title());
        List<TimelineEntry> windows = incident.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.IMPACT_STARTED).toList();
        assertEquals(2, windows.size());
        assertEquals(Instant.parse("2025-04-24T20:09:00Z"), windows.get(0).at());
        assertEquals(Instant.parse("2025-04-24T20:17:00Z"), windows.get(0).end());
        assertEquals(Instant.parse("2025-04-25T11:57:00Z"), windows.get(1).at());
        assertEquals(Instant.parse("2025-04-25T12:07:00Z"), windows.get(1).end());
        assertTrue(incident.rca().summary().startsWith("On 24th April"));
        assertEquals(1, incident.rca().actionItems().size());
        assertTrue(incident.rca().actionItems().get(0).text().startsWith("We will be following-up"));
    }

    @Test
    void formatDetectionGivesEverySeedToTheReportImporter() throws IOException {
        for (String prefix : List.of("000_", "001_", "003_")) {
            Source source = Source.of(seed(prefix));
            assertTrue(new ReportImporter().canRead(source), prefix);
            assertFalse(new StatusPageTextImporter().canRead(source), prefix);
        }
    }

    private static Incident importSeed(String prefix) throws IOException {
        ImportResult result = new ReportImporter().read(Source.of(seed(prefix)), ImportOptions.DEFAULT,
                Progress.NONE);
        assertEquals(1, result.incidents().size());
        assertEquals(List.of(), result.warnings());
        return result.incidents().get(0);
    }

    private static Path seed(String prefix) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "the seed reports are not present");
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix));
        }
    }

    private static TimelineEntry assertEntry(Incident incident, EntryKind kind, String at, String end) {
        Instant start = Instant.parse(at);
        Instant finish = end == null ? null : Instant.parse(end);
        return incident.entries().stream()
                .filter(entry -> entry.kind() == kind && entry.at().equals(start)
                        && (finish == null || finish.equals(entry.end())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at " + at + " in " + incident.entries()));
    }

    private record Post(Instant at, PostStatus status) {
    }

    private static Post post(String at, PostStatus status) {
        return new Post(Instant.parse(at), status);
    }

    private static List<Post> posts(Incident incident) {
        return incident.entries().stream()
                .filter(entry -> entry.source() == EntrySource.STATUS_PAGE)
                .peek(entry -> assertEquals(EntryKind.COMMUNICATION, entry.kind()))
                .map(entry -> new Post(entry.at(), entry.status()))
                .toList();
    }
}
