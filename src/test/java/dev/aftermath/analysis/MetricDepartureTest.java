package dev.aftermath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.MetricDeparture.Baseline;
import dev.aftermath.analysis.MetricDeparture.Peak;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.testing.PlantedProblems;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MetricDepartureTest {

    private static final Instant IMPACT = Instant.parse("2025-03-04T09:00:00Z");

    private static MetricSeries series(double... values) {
        long[] timestamps = new long[values.length];
        for (int index = 0; index < values.length; index++) {
            timestamps[index] = IMPACT.toEpochMilli() + (index - 3) * 60_000L;
        }
        return new MetricSeries(UUID.randomUUID(), "s", "ms", timestamps, values);
    }

    @Test
    void theBaselineIsTheMedianBeforeImpactWithARobustBand() {
        Baseline baseline = MetricDeparture.baseline(PlantedProblems.errorRate(), IMPACT).orElseThrow();

        assertEquals(1.05, baseline.median(), 1e-9);
        assertEquals(3 * 1.4826 * 0.05, baseline.band(), 1e-9);
        assertEquals(6, baseline.points());
    }

    @Test
    void aFlatSeriesGetsTenPercentOfItsMedianAsItsBand() {
        Baseline baseline = MetricDeparture.baseline(series(200, 200, 200, 900), IMPACT).orElseThrow();

        assertEquals(20, baseline.band(), 1e-9);
        assertTrue(baseline.departed(221, true));
        assertFalse(baseline.departed(219, true));
        assertFalse(baseline.departed(150, true));
        assertTrue(baseline.departed(150, false));
    }

    @Test
    void tooFewValuesBeforeImpactMakeNoBaseline() {
        assertTrue(MetricDeparture.baseline(series(Double.NaN, 1, 2, 9), IMPACT).isEmpty());
    }

    @Test
    void thePeakIsTheValueFurthestFromTheBaselineOnEitherSide() {
        MetricSeries throughput = series(100, 100, 100, 100, 40, 130, 90);
        Baseline baseline = MetricDeparture.baseline(throughput, IMPACT).orElseThrow();

        Peak peak = MetricDeparture.peak(throughput, IMPACT, IMPACT.plusSeconds(600), baseline).orElseThrow();

        assertEquals(40, peak.value());
        assertFalse(peak.upwards());
        assertEquals(IMPACT.plusSeconds(60), peak.at());
    }

    @Test
    void theLevelIsTheMedianOfTheLatestValuesAndOnlyRecentOnesCount() {
        MetricSeries errors = PlantedProblems.errorRate();

        assertEquals(6.2, MetricDeparture.levelAt(errors, Instant.parse("2025-03-04T10:00:00Z")).orElseThrow());
        assertTrue(MetricDeparture.levelAt(errors, Instant.parse("2025-03-04T12:00:00Z")).isEmpty(),
                "values an hour and a half old say nothing about the level then");
    }
}
