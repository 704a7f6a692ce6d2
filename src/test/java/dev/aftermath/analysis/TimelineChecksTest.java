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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** Two milestones, {@code first} at 09:00 and {@code second} at 09:30; which of them the order check flags. */
    private static List<java.util.UUID> flaggedOutOfOrder(EntryKind first, EntryKind second) {
        return check(entry("first", "2025-01-01T09:00:00Z", first, "x"),
                entry("second", "2025-01-01T09:30:00Z", second, "x")).stream()
                .filter(warning -> warning.check() == Check.MILESTONES_OUT_OF_ORDER)
                .map(TimelineWarning::entryId).toList();
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({"IMPACT_STARTED, TRIGGER", "DETECTED, TRIGGER", "DETECTED, IMPACT_STARTED",
        "ACKNOWLEDGED, DETECTED", "ACKNOWLEDGED, IMPACT_STARTED", "IDENTIFIED, DETECTED", "IDENTIFIED, IMPACT_STARTED",
        "MITIGATED, IMPACT_STARTED", "RESOLVED, IMPACT_STARTED", "RESOLVED, MITIGATED", "MITIGATED, TRIGGER"})
    void flagsTheOrdersTheMilestonesMeaningsRuleOut(EntryKind first, EntryKind second) {
        assertEquals(List.of(id("first")), flaggedOutOfOrder(first, second));
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({"MITIGATED, IDENTIFIED", "IDENTIFIED, ACKNOWLEDGED", "MITIGATED, ACKNOWLEDGED", "MITIGATED, DETECTED",
        "RESOLVED, DETECTED", "RESOLVED, ACKNOWLEDGED", "RESOLVED, IDENTIFIED", "COMMUNICATION, IMPACT_STARTED",
        "COMMUNICATION, TRIGGER", "TRIGGER, IMPACT_STARTED", "IMPACT_STARTED, DETECTED", "DETECTED, ACKNOWLEDGED"})
    void leavesTheOrdersRealIncidentsTakeAlone(EntryKind first, EntryKind second) {
        assertEquals(List.of(), flaggedOutOfOrder(first, second));
    }

    @Test
    void mitigatingFirstAndUnderstandingLaterPassesEveryCheck() {
        assertEquals(List.of(), check(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "Errors climb"),
                entry("d", "2025-01-01T09:05:00Z", EntryKind.DETECTED, "Paged"),
                entry("m", "2025-01-01T09:20:00Z", EntryKind.MITIGATED, "Rolled back"),
                entry("r", "2025-01-01T09:30:00Z", EntryKind.RESOLVED, "Back to normal"),
                entry("c", "2025-01-01T15:00:00Z", EntryKind.IDENTIFIED, "The cause found in the logs")));
    }

    @Test
    void namesTheLatestOfTheMilestonesOneComesBefore() {
        List<TimelineWarning> warnings = check(
                entry("a", "2025-01-01T09:00:00Z", EntryKind.ACKNOWLEDGED, "x"),
                entry("i", "2025-01-01T09:10:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:20:00Z", EntryKind.DETECTED, "x"));

        assertEquals(List.of(Check.MILESTONES_OUT_OF_ORDER), kinds(warnings));
        assertEquals("Acknowledged (2025-01-01 09:00:00 UTC) comes before detected (2025-01-01 09:20:00 UTC).",
                warnings.get(0).message());
    }

    @Test
    void anImpactThatOnlyStartsAfterTheResolutionIsOutOfOrderNotASecondImpact() {
        List<TimelineWarning> warnings = check(
                entry("r", "2025-01-01T09:00:00Z", EntryKind.RESOLVED, "x"),
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "x"),
                entry("i", "2025-01-01T09:20:00Z", EntryKind.IMPACT_STARTED, "x"));

        assertEquals(List.of(Check.MILESTONES_OUT_OF_ORDER, Check.MILESTONES_OUT_OF_ORDER), kinds(warnings));
        assertEquals(List.of(id("d"), id("r")), warnings.stream().map(TimelineWarning::entryId).toList());
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
}
