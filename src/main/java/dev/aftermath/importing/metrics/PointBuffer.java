package dev.aftermath.importing.metrics;

import java.util.Arrays;

/** The points of one series while a file is read: growable primitive arrays, in file order. */
final class PointBuffer {

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

    long[] times() {
        return Arrays.copyOf(times, size);
    }

    double[] values() {
        return Arrays.copyOf(values, size);
    }
}
