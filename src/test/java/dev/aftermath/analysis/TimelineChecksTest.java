package dev.aftermath.analysis;

import static dev.aftermath.testing.SampleIncidents.entry;
import static dev.aftermath.testing.SampleIncidents.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.TimelineWarning.Check;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChecksTest {

    private static List<TimelineWarning> check(TimelineEntry... entries) {
        return TimelineChecks.check(Incident.create("t", ZoneId.of("UTC")).withEntries(List.of(entries)));
    }

    private static List<Check> kinds(List<TimelineWarning> warnings) {
        return warnings.stream().map(TimelineWarning::check).toList();
    }

    @Test
    void aTidyTimelineHasNoWarnings() {
        assertEquals(List.of(), check(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"),
                entry("r", "2025-01-01T10:00:00Z", EntryKind.RESOLVED, "x")));
    }

    @Test
    void anEmptyIncidentHasNoWarnings() {
        assertEquals(List.of(), check());
    }

    @Test
    void warnsWhenDetectionIsMissing() {
        assertEquals(List.of(Check.NO_DETECTION), kinds(check(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"))));
    }

    @Test
    void warnsWhenMilestonesAreOutOfOrderAndPointsAtTheLateOne() {
        List<TimelineWarning> warnings = check(
                entry("d", "2025-01-01T08:50:00Z", EntryKind.DETECTED, "x"),
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("m", "2025-01-01T08:55:00Z", EntryKind.MITIGATED, "x"));

        assertEquals(List.of(Check.MILESTONES_OUT_OF_ORDER, Check.MILESTONES_OUT_OF_ORDER), kinds(warnings));
        assertEquals(id("d"), warnings.get(0).entryId());
        assertTrue(warnings.get(0).message().startsWith("Detected"), warnings.get(0).message());
    }

    @Test
    void warnsWhenImpactStartsAgainAfterResolution() {
        List<TimelineWarning> warnings = check(
                entry("i1", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"),
                entry("r", "2025-01-01T10:00:00Z", EntryKind.RESOLVED, "x"),
                entry("i2", "2025-01-01T12:00:00Z", EntryKind.IMPACT_STARTED, "x"));

        assertEquals(List.of(Check.RESOLVED_BEFORE_IMPACT), kinds(warnings));
        assertEquals(id("i2"), warnings.get(0).entryId());
    }

    @Test
    void warnsAboutAnEntryDaysAwayFromTheIncident() {
        List<TimelineWarning> warnings = check(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"),
                entry("typo", "2024-01-01T09:20:00Z", EntryKind.NOTE, "a year off"));

        assertEquals(List.of(Check.ENTRY_FAR_OUTSIDE), kinds(warnings));
        assertEquals(id("typo"), warnings.get(0).entryId());
    }

    @Test
    void warnsWhenImpactStartIsMissingAndNamesTheMilestone() {
        List<TimelineWarning> warnings = check(entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"));

        assertEquals(List.of(Check.NO_IMPACT_START), kinds(warnings));
        assertEquals(dev.aftermath.model.Milestone.IMPACT_STARTED, warnings.get(0).milestone());
    }

    @Test
    void warnsAboutAnEntryWithNoKindButNotAboutAStatusPostWithAStatusWord() {
        TimelineEntry post = new TimelineEntry(id("post"), java.time.Instant.parse("2025-01-01T09:30:00Z"), null,
                null, "Fixed", dev.aftermath.model.EntrySource.STATUS_PAGE, null,
                dev.aftermath.model.PostStatus.RESOLVED, false, false);
        List<TimelineWarning> warnings = check(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"),
                entry("what", "2025-01-01T09:20:00Z", null, "A line nobody classified"),
                post);

        assertEquals(List.of(Check.ENTRY_WITHOUT_KIND), kinds(warnings));
        assertEquals("Entry at 2025-01-01 09:20:00 UTC ('A line nobody classified') has no kind: classify it so"
                + " that it counts for the milestones.", warnings.get(0).message());
    }

    private static List<Check> resolvedWhile(String name, String unit, double atResolution) {
        double[] values = {10, 11, 9, 10, 10, 80, 95, 90, atResolution, atResolution};
        long[] timestamps = new long[values.length];
        for (int index = 0; index < values.length; index++) {
            timestamps[index] = java.time.Instant.parse("2025-01-01T08:00:00Z").toEpochMilli() + index * 600_000L;
        }
        TimelineEntry resolved = new TimelineEntry(id("post"), java.time.Instant.parse("2025-01-01T09:30:00Z"),
                null, null, "Resolved", dev.aftermath.model.EntrySource.STATUS_PAGE, null,
                dev.aftermath.model.PostStatus.RESOLVED, false, false);
        Incident incident = Incident.create("t", ZoneId.of("UTC")).withEntries(List.of(
                entry("i", "2025-01-01T08:50:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:00:00Z", EntryKind.DETECTED, "x"), resolved))
                .withSeries(List.of(new dev.aftermath.model.MetricSeries(id("s"), name, unit, timestamps, values)));
        return kinds(TimelineChecks.check(incident));
    }

    @Test
    void warnsWhenAnErrorOrLatencySeriesIsStillFarFromBackWhenTheStatusPageSaysResolved() {
        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED), resolvedWhile("5xx responses", "req/s", 70));
        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED), resolvedWhile("checkout", "ms", 70));
    }

    @Test
    void staysQuietWhenTheSeriesCameMoreThanHalfwayBackOrIsNotWorseWhenHigh() {
        assertEquals(List.of(), resolvedWhile("5xx responses", "req/s", 40), "more than halfway back");
        assertEquals(List.of(), resolvedWhile("web servers wanted", "servers", 90), "more servers are not a problem");
        assertEquals(List.of(), resolvedWhile("successful requests", "req/s", 90));
    }
}
