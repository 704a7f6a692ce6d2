package dev.aftermath.bundle;

import java.util.Arrays;

/** Metric points collected while reading, in two growing primitive arrays. */
final class PointBuffer {

    private long[] timestamps;
    private double[] values;
    private int size;

    PointBuffer(int capacity) {
        timestamps = new long[capacity];
        values = new double[capacity];
    }

    void add(long timestamp, double value) {
        if (size == timestamps.length) {
            int capacity = Math.max(16, size + (size >> 1));
            timestamps = Arrays.copyOf(timestamps, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        timestamps[size] = timestamp;
        values[size] = value;
        size++;
    }

    long[] timestamps() {
        return size == timestamps.length ? timestamps : Arrays.copyOf(timestamps, size);
    }

    double[] values() {
        return size == values.length ? values : Arrays.copyOf(values, size);
    }
}
