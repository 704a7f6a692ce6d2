package dev.aftermath.importing.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Puts rows in time order: exports come oldest first (kept as they are), newest first (Netdata, CloudWatch:
 * reversed in place) or unordered (sorted, stable on file order).
 */
final class TimeOrder {

    private TimeOrder() {
    }

    /** Sorts the first {@code rows} rows of the columns by time; returns the times trimmed to {@code rows}. */
    static long[] sort(long[] times, double[][] values, int rows) {
        if (isAscending(times, rows)) {
            return times.length == rows ? times : Arrays.copyOf(times, rows);
        }
        if (isDescending(times, rows)) {
            reverse(times, values, rows);
            return times.length == rows ? times : Arrays.copyOf(times, rows);
        }
        Integer[] order = IntStream.range(0, rows).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingLong(row -> times[row]));
        long[] sorted = new long[rows];
        for (int i = 0; i < rows; i++) {
            sorted[i] = times[order[i]];
        }
        for (int slot = 0; slot < values.length; slot++) {
            double[] column = new double[values[slot].length];
            for (int i = 0; i < rows; i++) {
                column[i] = values[slot][order[i]];
            }
            values[slot] = column;
        }
        return sorted;
    }

    private static boolean isAscending(long[] times, int rows) {
        for (int i = 1; i < rows; i++) {
            if (times[i] < times[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDescending(long[] times, int rows) {
        for (int i = 1; i < rows; i++) {
            if (times[i] > times[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void reverse(long[] times, double[][] values, int rows) {
        for (int low = 0, high = rows - 1; low < high; low++, high--) {
            long time = times[low];
            times[low] = times[high];
            times[high] = time;
            for (double[] column : values) {
                double value = column[low];
                column[low] = column[high];
                column[high] = value;
            }
        }
    }
}
