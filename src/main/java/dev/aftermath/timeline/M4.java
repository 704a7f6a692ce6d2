package dev.aftermath.timeline;

/**
 * The reference M4 reduction: one pass over every point. Exact and simple; {@link MinMaxPyramid} gives the same
 * columns without touching every point. Timestamps must be in ascending order.
 */
public final class M4 {

    private M4() {
    }

    /** The pixel column a timestamp falls in; columns start at the scale's left edge. */
    public static long column(long millis, TimeScale scale) {
        return (long) Math.floor((millis - scale.startMillis()) / scale.millisPerPixel());
    }

    public static ColumnAggregates scan(long[] timestamps, double[] values, TimeScale scale, int columns) {
        ColumnAggregates result = ColumnAggregates.empty(columns);
        double[] sums = new double[columns];
        for (int i = 0; i < timestamps.length; i++) {
            long column = column(timestamps[i], scale);
            double value = values[i];
            if (column < 0 || column >= columns || Double.isNaN(value)) {
                continue;
            }
            int c = (int) column;
            if (result.count()[c] == 0) {
                result.first()[c] = value;
                result.min()[c] = value;
                result.max()[c] = value;
            } else {
                if (value < result.min()[c]) {
                    result.min()[c] = value;
                }
                if (value > result.max()[c]) {
                    result.max()[c] = value;
                }
            }
            result.last()[c] = value;
            result.count()[c]++;
            sums[c] += value;
        }
        for (int c = 0; c < columns; c++) {
            if (result.count()[c] > 0) {
                result.mean()[c] = sums[c] / result.count()[c];
            }
        }
        return result;
    }
}
