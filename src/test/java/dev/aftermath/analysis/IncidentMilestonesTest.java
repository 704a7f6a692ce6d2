package dev.aftermath.analysis;

import static dev.aftermath.testing.SampleIncidents.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentMilestonesTest {

    private static Incident incident(TimelineEntry... entries) {
        return Incident.create("test", ZoneId.of("UTC")).withEntries(List.of(entries));
    }

    private static TimelineEntry post(String at, PostStatus status) {
        return new TimelineEntry(UUID.randomUUID(), Instant.parse(at), null, EntryKind.COMMUNICATION, status.name(),
                EntrySource.STATUS_PAGE, null, status, false, false);
    }

    @Test
    void takesTheEarliestEntryOfEachKindAndTheLatestResolution() {
        Incident incident = incident(
                entry("t", "2025-01-01T09:00:00Z", EntryKind.TRIGGER, "deploy"),
                entry("i", "2025-01-01T09:05:00Z", EntryKind.IMPACT_STARTED, "errors rise"),
                entry("d2", "2025-01-01T09:40:00Z", EntryKind.DETECTED, "second alert"),
                entry("d1", "2025-01-01T09:30:00Z", EntryKind.DETECTED, "first alert"),
                entry("r1", "2025-01-01T10:00:00Z", EntryKind.RESOLVED, "looked fine"),
                entry("r2", "2025-01-01T11:00:00Z", EntryKind.RESOLVED, "really fine"));

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        assertEquals(Optional.of(Instant.parse("2025-01-01T09:00:00Z")), milestones.at(Milestone.TRIGGERED));
        assertEquals(Optional.of(Instant.parse("2025-01-01T09:30:00Z")), milestones.at(Milestone.DETECTED));
        assertEquals(Optional.of(Instant.parse("2025-01-01T11:00:00Z")), milestones.at(Milestone.RESOLVED));
        assertEquals(Optional.empty(), milestones.at(Milestone.ACKNOWLEDGED));
    }

    @Test
    void statusPagePostsCountAsTheirMilestones() {
        Incident incident = incident(
                post("2025-01-01T09:10:00Z", PostStatus.INVESTIGATING),
                post("2025-01-01T09:20:00Z", PostStatus.IDENTIFIED),
                post("2025-01-01T09:30:00Z", PostStatus.MONITORING),
                post("2025-01-01T09:50:00Z", PostStatus.RESOLVED));

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        assertEquals(Optional.of(Instant.parse("2025-01-01T09:10:00Z")),
                milestones.at(Milestone.FIRST_COMMUNICATION));
        assertEquals(Optional.of(Instant.parse("2025-01-01T09:20:00Z")), milestones.at(Milestone.IDENTIFIED));
        assertEquals(Optional.of(Instant.parse("2025-01-01T09:30:00Z")), milestones.at(Milestone.MITIGATED));
        assertEquals(Optional.of(Instant.parse("2025-01-01T09:50:00Z")), milestones.at(Milestone.RESOLVED));
    }

    @Test
    void whatTheReportTellsWinsOverTheStatusWordOfALaterPost() {
        Incident incident = incident(
                entry("r", "2023-11-22T09:15:00Z", EntryKind.RESOLVED, "fully recovered"),
                post("2023-11-22T09:17:00Z", PostStatus.MONITORING),
                post("2023-11-22T09:25:00Z", PostStatus.RESOLVED));

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        assertEquals(Optional.of(Instant.parse("2023-11-22T09:15:00Z")), milestones.at(Milestone.RESOLVED));
        assertEquals(Optional.empty(), milestones.at(Milestone.MITIGATED), "a monitoring post after recovery");
    }

    @Test
    void theEndOfAnImpactSpanIsItsResolution() {
        TimelineEntry window = entry("w", "2023-11-07T11:50:00Z", EntryKind.IMPACT_STARTED, "degraded")
                .withEnd(Instant.parse("2023-11-07T11:56:00Z"));
        Incident incident = incident(window, post("2023-11-07T12:13:00Z", PostStatus.RESOLVED));

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        assertEquals(Optional.of(Instant.parse("2023-11-07T11:56:00Z")), milestones.at(Milestone.RESOLVED));
        assertEquals(window.id(), milestones.effective().get(Milestone.RESOLVED).entryId());
    }

    @Test
    void aPinnedMilestoneWinsOverTheDerivedOneAndShowsWhatItOverrides() {
        Instant pinnedStart = Instant.parse("2025-01-01T08:50:00Z");
        Incident incident = incident(
                entry("i", "2025-01-01T09:05:00Z", EntryKind.IMPACT_STARTED, "errors rise"),
                entry("d", "2025-01-01T09:30:00Z", EntryKind.DETECTED, "alert"))
                .withPin(Milestone.IMPACT_STARTED, pinnedStart);

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        MilestoneValue impact = milestones.effective().get(Milestone.IMPACT_STARTED);
        assertTrue(impact.pinned());
        assertEquals(pinnedStart, impact.at());
        assertEquals(Instant.parse("2025-01-01T09:05:00Z"), milestones.derived().get(Milestone.IMPACT_STARTED).at());
        assertEquals(Optional.of(Duration.ofMinutes(40)), milestones.duration(KeyDuration.TIME_TO_DETECT));
    }

    @Test
    void unpinningReturnsToTheDerivedValue() {
        Incident incident = incident(entry("i", "2025-01-01T09:05:00Z", EntryKind.IMPACT_STARTED, "x"))
                .withPin(Milestone.IMPACT_STARTED, Instant.parse("2025-01-01T08:00:00Z"))
                .withPin(Milestone.IMPACT_STARTED, null);

        MilestoneValue impact = IncidentMilestones.of(incident).effective().get(Milestone.IMPACT_STARTED);

        assertFalse(impact.pinned());
        assertEquals(Instant.parse("2025-01-01T09:05:00Z"), impact.at());
    }

    @Test
    void durationsAreMeasuredFromImpactStartAndAbsentWhenAnEndIsMissing() {
        Incident incident = incident(
                entry("i", "2025-01-01T09:00:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:33:30Z", EntryKind.DETECTED, "x"),
                entry("a", "2025-01-01T09:40:00Z", EntryKind.ACKNOWLEDGED, "x"),
                entry("c", "2025-01-01T09:50:00Z", EntryKind.COMMUNICATION, "x"),
                entry("m", "2025-01-01T10:30:00Z", EntryKind.MITIGATED, "x"));

        IncidentMilestones milestones = IncidentMilestones.of(incident);

        assertEquals(Duration.parse("PT33M30S"), milestones.durations().get(KeyDuration.TIME_TO_DETECT));
        assertEquals(Duration.ofMinutes(40), milestones.durations().get(KeyDuration.TIME_TO_ACKNOWLEDGE));
        assertEquals(Duration.ofMinutes(50), milestones.durations().get(KeyDuration.COMMUNICATION_LAG));
        assertEquals(Duration.ofMinutes(90), milestones.durations().get(KeyDuration.TIME_TO_MITIGATE));
        assertFalse(milestones.durations().containsKey(KeyDuration.TIME_TO_RESOLVE));
        assertFalse(milestones.durations().containsKey(KeyDuration.TIME_TO_IDENTIFY));
    }

    @Test
    void durationsAcrossTheNightClocksGoBackAreRealElapsedTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        // 02:30 local happens twice on 2025-10-26: first in CEST (+02:00), then again in CET (+01:00).
        Instant impact = ZonedDateTime.of(2025, 10, 26, 1, 45, 0, 0, berlin).toInstant();
        Instant detected = ZonedDateTime.ofStrict(java.time.LocalDateTime.of(2025, 10, 26, 2, 30),
                java.time.ZoneOffset.ofHours(1), berlin).toInstant();
        Incident incident = incident(
                new TimelineEntry(UUID.randomUUID(), impact, null, EntryKind.IMPACT_STARTED, "", EntrySource.MANUAL,
                        null, null, false, false),
                new TimelineEntry(UUID.randomUUID(), detected, null, EntryKind.DETECTED, "", EntrySource.MANUAL,
                        null, null, false, false)).withZone(berlin);

        Duration timeToDetect = IncidentMilestones.of(incident).duration(KeyDuration.TIME_TO_DETECT).orElseThrow();

        assertEquals(Duration.ofMinutes(105), timeToDetect, "45 minutes of wall clock, plus the repeated hour");
    }

    @Test
    void startIsTheEarliestEntryOrPin() {
        Incident incident = incident(entry("d", "2025-01-01T09:30:00Z", EntryKind.DETECTED, "x"))
                .withPin(Milestone.IMPACT_STARTED, Instant.parse("2025-01-01T09:00:00Z"));

        assertEquals(Optional.of(Instant.parse("2025-01-01T09:00:00Z")), IncidentMilestones.start(incident));
        assertEquals(Optional.empty(), IncidentMilestones.start(Incident.create("empty", ZoneId.of("UTC"))));
    }
}
