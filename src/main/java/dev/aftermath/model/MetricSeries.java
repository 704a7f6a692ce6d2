package dev.aftermath.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * One metric curve: epoch-millisecond timestamps and values in two primitive arrays of equal length, so that
 * millions of points fit. A series is immutable by contract: the arrays are never written after construction, and
 * accessors hand out the arrays themselves (copying 10M points per read would defeat their purpose). A gap is a NaN.
 *
 * @param threshold the level the user marked on the series (an alert or SLO limit), or null for none
 */
public record MetricSeries(UUID id, String name, String unit, long[] timestamps, double[] values, Double threshold) {

    public MetricSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(values, "values");
        if (timestamps.length != values.length) {
            throw new IllegalArgumentException(
                    "a series needs one value per timestamp: " + timestamps.length + " vs " + values.length);
        }
        name = name == null ? "" : name;
        unit = unit == null ? "" : unit;
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("a threshold is a finite number: " + threshold);
        }
    }

    /** A series without a threshold, as imported. */
    public MetricSeries(UUID id, String name, String unit, long[] timestamps, double[] values) {
        this(id, name, unit, timestamps, values, null);
    }

    public int size() {
        return timestamps.length;
    }

    public MetricSeries withName(String newName) {
        return new MetricSeries(id, newName, unit, timestamps, values, threshold);
    }

    public MetricSeries withUnit(String newUnit) {
        return new MetricSeries(id, name, newUnit, timestamps, values, threshold);
    }

    /** The same points with another threshold; null removes it. */
    public MetricSeries withThreshold(Double newThreshold) {
        return new MetricSeries(id, name, unit, timestamps, values, newThreshold);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricSeries series
                && id.equals(series.id) && name.equals(series.name) && unit.equals(series.unit)
                && Objects.equals(threshold, series.threshold)
                && Arrays.equals(timestamps, series.timestamps) && Arrays.equals(values, series.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, unit, timestamps.length);
    }

    @Override
    public String toString() {
        return "MetricSeries[" + name + " (" + unit + "), " + timestamps.length + " points"
                + (threshold == null ? "" : ", threshold " + threshold) + "]";
    }
}
