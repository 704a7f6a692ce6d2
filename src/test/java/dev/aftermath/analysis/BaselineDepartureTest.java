package dev.aftermath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineDepartureTest {

    private static final Instant START = Instant.parse("2025-06-02T10:00:00Z");
    private static final int POINTS = 12_000;
    /** Two hours, one point every 0.6 s. */
    private static final long SPAN = Duration.ofHours(2).toMillis();

    /** A series over two hours whose value at minute m is {@code shape(m)} plus Gaussian noise. */
    private static Optional<BaselineDeparture> find(long seed, double noise, DoubleUnaryOperator shape) {
        Random random = new Random(seed);
        long[] timestamps = new long[POINTS];
        double[] values = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            timestamps[i] = START.toEpochMilli() + SPAN * i / POINTS;
            values[i] = shape.applyAsDouble((timestamps[i] - START.toEpochMilli()) / 60_000.0)
                    + random.nextGaussian() * noise;
        }
        return BaselineDeparture.find(timestamps, values);
    }

    private static Instant minute(double minutes) {
        return START.plusMillis((long) (minutes * 60_000));
    }

    @Test
    void findsWhereAFlatNoisyMetricStartsToClimb() {
        Optional<BaselineDeparture> found = find(1, 20, m -> m < 50 ? 200 : 200 + 40 * (m - 50));

        BaselineDeparture departure = found.orElseThrow();
        assertTrue(departure.rising());
        assertEquals(200, departure.baseline(), 5);
        assertTrue(departure.at().isAfter(minute(48)) && departure.at().isBefore(minute(53)),
                "starts near minute 50: " + departure.at());
        assertEquals(0, departure.at().getNano(), "snapped to the second");
    }

    @Test
    void findsAStepDownToo() {
        BaselineDeparture departure = find(2, 3, m -> m < 70 ? 100 : 20).orElseThrow();

        assertFalse(departure.rising());
        assertTrue(departure.at().isAfter(minute(69)) && departure.at().isBefore(minute(71)), departure.at() + "");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void pureNoiseRaisesNoAlarm(long seed) {
        assertTrue(find(seed, 25, m -> 500).isEmpty());
    }

    @Test
    void aWaveTheBaselineAlreadyShowsIsNotADeparture() {
        assertTrue(find(3, 10, m -> 300 + 40 * Math.sin(m / 2.0)).isEmpty());
    }

    @Test
    void aShortSpikeAfterTheBaselineIsNotADeparture() {
        assertTrue(find(4, 10, m -> m > 80 && m < 80.8 ? 5000 : 300).isEmpty());
    }

    @Test
    void aSpikeInsideTheBaselineDoesNotHideTheLaterClimb() {
        BaselineDeparture departure = find(5, 10, m -> m > 5 && m < 6 ? 9000 : m < 90 ? 300 : 900).orElseThrow();

        assertTrue(departure.at().isAfter(minute(89)) && departure.at().isBefore(minute(91)), departure.at() + "");
    }

    @Test
    void aCounterThatWasZeroAndStaysAboveZeroIsADeparture() {
        BaselineDeparture departure = find(6, 0, m -> m < 60 ? 0 : 3).orElseThrow();

        assertEquals(0, departure.baseline());
        assertTrue(departure.at().isAfter(minute(59)) && departure.at().isBefore(minute(61)), departure.at() + "");
    }

    @Test
    void gapsAreSkippedAndTinySeriesAreLeftAlone() {
        long[] timestamps = new long[400];
        double[] values = new double[400];
        for (int i = 0; i < values.length; i++) {
            timestamps[i] = i * 1000L;
            values[i] = i % 7 == 0 ? Double.NaN : i < 300 ? 10 : 50;
        }
        assertTrue(BaselineDeparture.find(timestamps, values).isPresent());
        assertTrue(BaselineDeparture.find(new long[] {1, 2, 3}, new double[] {1, 50, 50}).isEmpty());
        assertTrue(BaselineDeparture.find(new long[0], new double[0]).isEmpty());
    }
}
