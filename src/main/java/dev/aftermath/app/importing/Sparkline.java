package dev.aftermath.app.importing;

import dev.aftermath.model.MetricSeries;
import java.util.Arrays;

/**
 * A metric series reduced to a few columns for a small picture: the lowest and highest value in each column, so
 * that a spike in a million points still shows. Computed once in the background; drawing it costs only the
 * columns. A column without values (a gap) holds NaN.
 *
 * @param low per column, the smallest value
 * @param high per column, the largest value
 * @param min the smallest value of the whole series (NaN when it has none)
 * @param max the largest value of the whole series (NaN when it has none)
 */
public record Sparkline(double[] low, double[] high, double min, double max) {

    /** Wide enough for a table cell; more columns than pixels would only cost time. */
    public static final int COLUMNS = 120;

    public static Sparkline of(MetricSeries series) {
        return of(series.timestamps(), series.values(), COLUMNS);
    }

    static Sparkline of(long[] timestamps, double[] values, int columns) {
        double[] low = new double[columns];
        double[] high = new double[columns];
        Arrays.fill(low, Double.NaN);
        Arrays.fill(high, Double.NaN);
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (long timestamp : timestamps) {
            from = Math.min(from, timestamp);
            to = Math.max(to, timestamp);
        }
        double span = Math.max(1, (double) to - from);
        double min = Double.NaN;
        double max = Double.NaN;
        for (int index = 0; index < timestamps.length; index++) {
            double value = values[index];
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            int column = (int) Math.min(columns - 1, Math.floor((timestamps[index] - from) / span * columns));
            low[column] = Double.isNaN(low[column]) ? value : Math.min(low[column], value);
            high[column] = Double.isNaN(high[column]) ? value : Math.max(high[column], value);
            min = Double.isNaN(min) ? value : Math.min(min, value);
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }
        return new Sparkline(low, high, min, max);
    }

    public int columns() {
        return low.length;
    }

    public boolean isEmpty() {
        return Double.isNaN(min);
    }
}
