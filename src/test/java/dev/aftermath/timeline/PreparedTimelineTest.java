package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreparedTimelineTest {

    private static final long RESOLVED = TimelineFixtures.berlin(15, 52).toEpochMilli();
    private static final long TRIGGERED = TimelineFixtures.berlin(13, 52).toEpochMilli();

    private static Incident withEntryAt(Incident incident, Instant at, String text) {
        List<TimelineEntry> entries = new ArrayList<>(incident.entries());
        entries.add(TimelineFixtures.entry(text, at, EntryKind.COMMUNICATION, EntrySource.STATUS_PAGE,
                PostStatus.POSTMORTEM, text));
        return incident.withEntries(entries);
    }

    @Test
    void theDefaultViewShowsTheIncidentNotAPostMortemNoticeElevenHoursLater() {
        Incident incident = withEntryAt(TimelineFixtures.withoutMetrics(),
                TimelineFixtures.berlin(15, 52).plus(Duration.ofHours(11)), "Post-mortem published");

        PreparedTimeline timeline = PreparedTimeline.of(incident);

        assertArrayEquals(new long[] {TRIGGERED, RESOLVED}, timeline.window().orElseThrow());
        assertEquals(RESOLVED + Duration.ofHours(11).toMillis(), timeline.extent().orElseThrow()[1]);
        TimeScale fit = timeline.fit(0, 1000);
        assertTrue(fit.isVisible(RESOLVED) && fit.isVisible(TRIGGERED));
        assertTrue(fit.endMillis() < RESOLVED + Duration.ofHours(1).toMillis());
    }

    @Test
    void aTriggerTheEveningBeforeIsLeftOutWhileOneShortlyBeforeTheImpactStaysIn() {
        Incident incident = TimelineFixtures.withoutMetrics();
        Instant evening = TimelineFixtures.berlin(13, 52).minus(Duration.ofHours(15));
        Incident early = incident.mapEntry(incident.entries().get(0).id(), trigger -> trigger.withAt(evening));

        assertArrayEquals(new long[] {TRIGGERED, RESOLVED}, PreparedTimeline.of(incident).window().orElseThrow());
        assertEquals(TimelineFixtures.berlin(14, 4).toEpochMilli(), PreparedTimeline.of(early).window()
                .orElseThrow()[0], "the window starts where the impact does");
        assertEquals(evening.toEpochMilli(), PreparedTimeline.of(early).extent().orElseThrow()[0]);
    }

    @Test
    void whatFollowsTheResolutionCloselyStaysInTheWindow() {
        Instant shortlyAfter = TimelineFixtures.berlin(16, 10);
        Incident incident = withEntryAt(TimelineFixtures.withoutMetrics(), shortlyAfter, "Follow-up note");

        assertEquals(shortlyAfter.toEpochMilli(), PreparedTimeline.of(incident).window().orElseThrow()[1]);
    }

    @Test
    void withoutAResolutionTheWindowIsEveryEntryAndWithoutEntriesTheMetrics() {
        Incident notes = TimelineFixtures.noMilestones();
        assertArrayEquals(PreparedTimeline.of(notes).extent().orElseThrow(),
                PreparedTimeline.of(notes).window().orElseThrow());

        Incident metricsOnly = TimelineFixtures.payments().withEntries(List.of())
                .withPinnedMilestones(Map.of());
        MetricSeries latency = metricsOnly.series().get(0);
        assertArrayEquals(new long[] {latency.timestamps()[0], latency.timestamps()[latency.size() - 1]},
                PreparedTimeline.of(metricsOnly).window().orElseThrow());
    }

    @Test
    void anEditReusesThePyramidsOfTheSeriesItDidNotTouch() {
        Incident incident = TimelineFixtures.payments();
        PreparedTimeline before = PreparedTimeline.of(incident);
        Incident moved = incident.mapEntry(incident.entries().get(3).id(),
                entry -> entry.withAt(entry.at().plusSeconds(60)));
        Incident renamed = moved.mapSeries(incident.series().get(1).id(), series -> series.withThreshold(2.0));

        assertTrue(before.preparesQuickly(renamed));
        PreparedTimeline after = PreparedTimeline.of(renamed, before);

        assertSame(before.pyramid(0), after.pyramid(0));
        assertSame(before.pyramid(1), after.pyramid(1));
        assertEquals(2.0, after.series().get(1).threshold());
    }

    @Test
    void newPointsNeedANewPyramid() {
        Incident incident = TimelineFixtures.payments();
        PreparedTimeline before = PreparedTimeline.of(incident);
        Incident reimported = incident.withSeries(List.of(TimelineFixtures.latency(1000), incident.series().get(1)));

        assertFalse(before.preparesQuickly(reimported));
        PreparedTimeline after = PreparedTimeline.of(reimported, before);
        assertEquals(1000, after.series().get(0).size());
        assertSame(before.pyramid(1), after.pyramid(1));
    }

    @Test
    void suggestsWhereTheLatencyClimbsUntilAnEntrySaysTheImpactStartedThere() {
        Incident incident = TimelineFixtures.payments().withPinnedMilestones(Map.of())
                .withEntries(TimelineFixtures.payments().entries().stream()
                        .filter(entry -> entry.kind() != EntryKind.IMPACT_STARTED).toList());
        assertTrue(PreparedTimeline.of(TimelineFixtures.payments()).suggestions().isEmpty(),
                "the fixture's pinned impact start answers both");

        List<ImpactSuggestion> suggestions = PreparedTimeline.of(incident).suggestions();

        assertEquals(2, suggestions.size(), "latency and errors both climb");
        Instant at = suggestions.get(0).at();
        assertTrue(at.isAfter(TimelineFixtures.berlin(14, 3)) && at.isBefore(TimelineFixtures.berlin(14, 8)),
                "the climb starts at 14:05: " + at);
        assertTrue(suggestions.get(0).entryText().startsWith("authorisation p99 leaves its baseline ("),
                suggestions.get(0).entryText());

        Incident recordedLater = incident.withPin(Milestone.IMPACT_STARTED, TimelineFixtures.berlin(14, 30));
        assertEquals(2, PreparedTimeline.of(recordedLater).suggestions().size(), "the metric says it began earlier");

        Incident answered = incident.withEntry(TimelineEntry.manual(at, EntryKind.IMPACT_STARTED, "Impact"));
        assertTrue(PreparedTimeline.of(answered).suggestions().stream()
                .noneMatch(suggestion -> suggestion.seriesId().equals(suggestions.get(0).seriesId())));
    }
}
