package dev.aftermath.analysis;

import static dev.aftermath.testing.SampleIncidents.entry;
import static dev.aftermath.testing.SampleIncidents.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.analysis.TimelineWarning.Check;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A status page saying "resolved" while a metric is still bad: by the series' threshold, else by its baseline. */
class ResolvedWhileDepartedTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static List<Check> kinds(List<TimelineWarning> warnings) {
        return warnings.stream().map(TimelineWarning::check).toList();
    }

    /** Ten values ten minutes apart from 08:00 UTC; impact starts at 08:50, the status page says resolved at 09:30. */
    private static List<TimelineWarning> resolvedWhile(MetricSeries series, ZoneId zone) {
        TimelineEntry resolved = new TimelineEntry(id("post"), Instant.parse("2025-01-01T09:30:00Z"),
                null, null, "Resolved", EntrySource.STATUS_PAGE, null, PostStatus.RESOLVED, false, false);
        Incident incident = Incident.create("t", zone).withEntries(List.of(
                entry("i", "2025-01-01T08:50:00Z", EntryKind.IMPACT_STARTED, "x"),
                entry("d", "2025-01-01T09:00:00Z", EntryKind.DETECTED, "x"), resolved))
                .withSeries(List.of(series));
        return TimelineChecks.check(incident);
    }

    private static MetricSeries series(String name, String unit, Double threshold, double... values) {
        long[] timestamps = new long[values.length];
        for (int index = 0; index < values.length; index++) {
            timestamps[index] = Instant.parse("2025-01-01T08:00:00Z").toEpochMilli() + index * 600_000L;
        }
        return new MetricSeries(id("s"), name, unit, timestamps, values, threshold);
    }

    /** Usual 10, a peak of 95, then {@code atResolution} for the last two values. */
    private static MetricSeries rising(String name, String unit, Double threshold, double atResolution) {
        return series(name, unit, threshold, 10, 11, 9, 10, 10, 80, 95, 90, atResolution, atResolution);
    }

    private static List<Check> resolvedWhile(String name, String unit, double atResolution) {
        return kinds(resolvedWhile(rising(name, unit, null, atResolution), UTC));
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

    @Test
    void aSeriesWithAThresholdIsCheckedAgainstItAndTheFindingGivesTheFiguresInTheIncidentsZone() {
        List<TimelineWarning> warnings = resolvedWhile(rising("checkout", "ms", 30.0, 40), ZoneId.of("Europe/Berlin"));

        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED), kinds(warnings));
        assertEquals("The status page said resolved at 2025-01-01 10:30:00 CET, but 'checkout' was still at 40 ms,"
                + " above its threshold of 30 ms.", warnings.get(0).message());
        assertEquals(id("post"), warnings.get(0).entryId());
    }

    @Test
    void aSeriesBackUnderItsThresholdPassesEvenWhenItsBaselineWouldFlagIt() {
        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED), resolvedWhile("checkout", "ms", 70),
                "by the baseline, 70 is less than halfway back from 95 to 10");

        assertEquals(List.of(), kinds(resolvedWhile(rising("checkout", "ms", 75.0, 70), UTC)));
    }

    @Test
    void aThresholdCountsOnAnySeriesWhateverItsName() {
        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED),
                kinds(resolvedWhile(rising("web servers wanted", "servers", 50.0, 90), UTC)));
    }

    @Test
    void aThresholdBelowTheUsualLevelIsAFloorTheSeriesMustBeBackAbove() {
        MetricSeries stillLow = series("successful requests", "req/s", 800.0,
                1000, 1010, 990, 1000, 1000, 300, 200, 400, 600, 600);
        MetricSeries backUp = series("successful requests", "req/s", 800.0,
                1000, 1010, 990, 1000, 1000, 300, 200, 400, 950, 950);

        List<TimelineWarning> warnings = resolvedWhile(stillLow, UTC);

        assertEquals("The status page said resolved at 2025-01-01 09:30:00 UTC, but 'successful requests' was still"
                + " at 600 req/s, below its threshold of 800 req/s.", warnings.get(0).message());
        assertEquals(List.of(), kinds(resolvedWhile(backUp, UTC)));
    }

    @Test
    void aThresholdWorksWithoutAnImpactStart() {
        TimelineEntry resolved = new TimelineEntry(id("post"), Instant.parse("2025-01-01T09:30:00Z"),
                null, null, "Resolved", EntrySource.STATUS_PAGE, null, PostStatus.RESOLVED, false, false);
        Incident incident = Incident.create("t", UTC).withEntries(List.of(resolved))
                .withSeries(List.of(rising("p99 latency", "s", 50.0, 70)));

        assertEquals(List.of(Check.RESOLVED_WHILE_METRIC_DEPARTED),
                kinds(TimelineChecks.check(incident)).stream()
                        .filter(check -> check == Check.RESOLVED_WHILE_METRIC_DEPARTED).toList());
    }
}
