package dev.aftermath.importing.metrics;

import dev.aftermath.model.MetricSeries;
import java.util.UUID;

/** The points of one series in a file that lists series by row ({@code Series;Time;Value}). */
final class LongLayoutSeries {

    private final PointBuffer points = new PointBuffer();

    void add(long time, double value) {
        points.add(time, value);
    }

    MetricSeries toSeries(String name, String unit) {
        long[] times = points.times();
        double[][] columns = {points.values()};
        long[] sorted = TimeOrder.sort(times, columns, times.length);
        return new MetricSeries(UUID.randomUUID(), name, unit, sorted, columns[0]);
    }
}
