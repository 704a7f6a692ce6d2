package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnCacheTest {

    private final long[] timestamps = new long[200_000];
    private final double[] values = new double[200_000];

    ColumnCacheTest() {
        Random random = new Random(11);
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = 1_741_690_000_000L + i * 37L + random.nextInt(30);
            values[i] = random.nextInt(50) == 0 ? Double.NaN : random.nextGaussian() * 100;
        }
    }

    /** The columns by brute force, on the cache's grid: column k covers [k, k+1) column widths. */
    private ColumnAggregates fresh(TimeScale scale) {
        double width = scale.millisPerPixel();
        long first = (long) Math.floor(scale.startMillis() / width);
        int count = (int) Math.ceil(scale.width()) + 1;
        ColumnAggregates columns = ColumnAggregates.empty(count);
        for (int i = 0; i < timestamps.length; i++) {
            long column = (long) Math.floor(timestamps[i] / width) - first;
            double value = values[i];
            if (column < 0 || column >= count || Double.isNaN(value)) {
                continue;
            }
            int c = (int) column;
            if (columns.count()[c]++ == 0) {
                columns.first()[c] = value;
                columns.min()[c] = value;
                columns.max()[c] = value;
            }
            columns.min()[c] = Math.min(columns.min()[c], value);
            columns.max()[c] = Math.max(columns.max()[c], value);
            columns.last()[c] = value;
        }
        return columns;
    }

    @Test
    void columnsKeptWhilePanningAndZoomingEqualColumnsComputedAfresh() {
        MinMaxPyramid pyramid = MinMaxPyramid.build(timestamps, values);
        ColumnCache cache = new ColumnCache(pyramid);
        TimeScale scale = new TimeScale(timestamps[1000], 3_000.3, 180, 1500);
        Random random = new Random(3);
        for (int frame = 0; frame < 200; frame++) {
            scale = frame % 50 == 49 ? scale.zoom(1.7, 700) : scale.pan(random.nextGaussian() * 80);
            ColumnCache.Columns columns = cache.columns(scale);
            ColumnAggregates expected = fresh(scale);

            assertArrayEquals(expected.count(), columns.aggregates().count(), "frame " + frame);
            assertArrayEquals(expected.min(), columns.aggregates().min(), "frame " + frame);
            assertArrayEquals(expected.max(), columns.aggregates().max(), "frame " + frame);
            assertArrayEquals(expected.first(), columns.aggregates().first(), "frame " + frame);
            assertArrayEquals(expected.last(), columns.aggregates().last(), "frame " + frame);
            double gridStart = Math.floor(scale.startMillis() / scale.millisPerPixel()) * scale.millisPerPixel();
            assertEquals(scale.x((long) 0) + gridStart / scale.millisPerPixel(), columns.left(), 1e-3);
        }
    }
}
