package dev.aftermath.importing.metrics;

import dev.aftermath.model.MetricSeries;
import java.util.Arrays;
import java.util.UUID;

/** The points of one series in a file that lists series by row ({@code Series;Time;Value}). */
final class LongLayoutSeries {

    private long[] times = new long[64];
    private double[] values = new double[64];
    private int size;

    void add(long time, double value) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = time;
        values[size] = value;
        size++;
    }

    MetricSeries toSeries(String name, String unit) {
        double[][] columns = {values};
        long[] sorted = TimeOrder.sort(times, columns, size);
        double[] points = columns[0].length == size ? columns[0] : Arrays.copyOf(columns[0], size);
        return new MetricSeries(UUID.randomUUID(), name, unit, sorted, points);
    }
}
