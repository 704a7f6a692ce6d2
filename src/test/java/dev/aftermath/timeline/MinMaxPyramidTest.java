package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class MinMaxPyramidTest {

    @RepeatedTest(60)
    void columnsEqualABruteForceScanPixelForPixel(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int size = random.nextInt(4) == 0 ? random.nextInt(200) : 1 + random.nextInt(300_000);
        long[] timestamps = new long[size];
        double[] values = new double[size];
        long t = random.nextInt(1_000_000);
        for (int i = 0; i < size; i++) {
            t += random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 50);
            timestamps[i] = t;
            values[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextGaussian() * 1000;
        }
        MinMaxPyramid pyramid = MinMaxPyramid.build(timestamps, values);
        int columns = 1 + random.nextInt(2000);
        double span = Math.max(1, t - timestamps.length > 0 ? t - timestamps[0] : 1);
        TimeScale scale = new TimeScale(timestamps.length > 0 ? timestamps[0] - span * random.nextDouble() * 0.5 : 0,
                span * (0.01 + random.nextDouble() * 1.5) / columns, 0, columns);

        ColumnAggregates expected = M4.scan(timestamps, values, scale, columns);
        ColumnAggregates actual = pyramid.columns(scale, columns);
        assertArrayEquals(expected.count(), actual.count());
        assertArrayEquals(expected.first(), actual.first());
        assertArrayEquals(expected.last(), actual.last());
        assertArrayEquals(expected.min(), actual.min());
        assertArrayEquals(expected.max(), actual.max());
        for (int c = 0; c < columns; c++) {
            if (expected.count()[c] == 0) {
                assertEquals(Double.NaN, actual.mean()[c]);
            } else {
                assertEquals(expected.mean()[c], actual.mean()[c], 1e-9 * (1 + Math.abs(expected.mean()[c])));
            }
        }
    }

    @RepeatedTest(30)
    void summariesOfAnyRangeEqualAScan(RepetitionInfo repetition) {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        int size = 1 + random.nextInt(100_000);
        double[] values = new double[size];
        long[] timestamps = new long[size];
        for (int i = 0; i < size; i++) {
            timestamps[i] = i;
            values[i] = random.nextInt(50) == 0 ? Double.NaN : random.nextDouble() * 100 - 50;
        }
        MinMaxPyramid pyramid = MinMaxPyramid.build(timestamps, values);
        for (int k = 0; k < 50; k++) {
            int from = random.nextInt(size + 1);
            int to = from + random.nextInt(size - from + 1);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int count = 0;
            for (int i = from; i < to; i++) {
                if (!Double.isNaN(values[i])) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                    count++;
                }
            }
            MinMaxPyramid.Summary summary = pyramid.summary(from, to);
            assertEquals(count, summary.count());
            if (count > 0) {
                assertEquals(min, summary.min());
                assertEquals(max, summary.max());
            }
        }
    }

    @Test
    void anEmptySeriesHasNoColumnsWithValues() {
        MinMaxPyramid pyramid = MinMaxPyramid.build(new long[0], new double[0]);
        ColumnAggregates columns = pyramid.columns(new TimeScale(0, 10, 0, 100), 100);
        assertEquals(0, java.util.Arrays.stream(columns.count()).sum());
        assertEquals(0, pyramid.summary(0, 0).count());
    }

    @Test
    void pointsFallInTheColumnTheirTimeFloorsTo() {
        TimeScale scale = new TimeScale(1000, 10, 0, 3);
        ColumnAggregates columns = MinMaxPyramid.build(new long[] {999, 1000, 1009, 1010, 1029, 1030},
                new double[] {9, 1, 2, 3, 4, 99}).columns(scale, 3);
        assertArrayEquals(new int[] {2, 1, 1}, columns.count());
        assertArrayEquals(new double[] {1, 3, 4}, columns.first());
        assertArrayEquals(new double[] {2, 3, 4}, columns.last());
    }
}
