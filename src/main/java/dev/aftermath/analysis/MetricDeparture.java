package dev.aftermath.analysis;

import dev.aftermath.model.MetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How far a metric series left its usual level, measured against the series itself, for series nobody drew a
 * threshold on (and for the draft's figures). The baseline is the median of the values before impact started; the series has departed from it when
 * it lies further away than three robust standard deviations (1.4826 times the median absolute deviation) or 10 %
 * of the median, whichever is wider, so that a flat series does not count every wobble as a departure.
 */
public final class MetricDeparture {

    /** Fewer values before impact than this make no baseline. */
    static final int MINIMUM_POINTS = 3;
    /** How many of the latest values tell a series' level at an instant; their median ignores a single spike. */
    static final int LEVEL_POINTS = 3;
    /** The shortest look back for a series' level; sparse series look back over their last few steps instead. */
    static final Duration LEVEL_WINDOW = Duration.ofMinutes(5);
    private static final double SIGMAS = 3;
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double RELATIVE_BAND = 0.10;

    private MetricDeparture() {
    }

    /**
     * The series' usual level.
     *
     * @param median the median of the values before impact started
     * @param band how far from the median a value may lie and still be usual
     * @param points how many values the median was taken over
     */
    public record Baseline(double median, double band, int points) {

        public double upperLimit() {
            return median + band;
        }

        public double lowerLimit() {
            return median - band;
        }

        /** True when {@code value} lies beyond the band on the side the impact went to. */
        public boolean departed(double value, boolean upwards) {
            return upwards ? value > upperLimit() : value < lowerLimit();
        }
    }

    /**
     * The value furthest from the baseline within a window (the highest one when there is no baseline).
     *
     * @param upwards true when the series rose, false when it fell
     */
    public record Peak(double value, Instant at, boolean upwards) {
    }

    /** The baseline from the values before {@code impactStart}, if there are enough of them. */
    public static Optional<Baseline> baseline(MetricSeries series, Instant impactStart) {
        long until = impactStart.toEpochMilli();
        double[] before = new double[series.size()];
        int count = 0;
        for (int index = 0; index < series.size() && series.timestamps()[index] < until; index++) {
            double value = series.values()[index];
            if (!Double.isNaN(value)) {
                before[count++] = value;
            }
        }
        if (count < MINIMUM_POINTS) {
            return Optional.empty();
        }
        double[] values = Arrays.copyOf(before, count);
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(value -> Math.abs(value - median)).toArray();
        double band = Math.max(SIGMAS * MAD_TO_SIGMA * median(deviations), RELATIVE_BAND * Math.abs(median));
        return Optional.of(new Baseline(median, band, count));
    }

    /** The peak between {@code from} and {@code to}, both included; empty when the series has no value there. */
    public static Optional<Peak> peak(MetricSeries series, Instant from, Instant to, Baseline baseline) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        int best = -1;
        double bestDistance = Double.NEGATIVE_INFINITY;
        for (int index = 0; index < series.size(); index++) {
            long at = series.timestamps()[index];
            double value = series.values()[index];
            if (at < start || at > end || Double.isNaN(value)) {
                continue;
            }
            double distance = baseline == null ? value : Math.abs(value - baseline.median());
            if (distance > bestDistance) {
                best = index;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        double value = series.values()[best];
        return Optional.of(new Peak(value, Instant.ofEpochMilli(series.timestamps()[best]),
                baseline == null || value >= baseline.median()));
    }

    /**
     * The series' level at {@code at}: the median of its last few values up to then. Empty when it has no value in
     * the few sampling steps (at least five minutes) before {@code at}, since an older value says nothing about then.
     */
    public static OptionalDouble levelAt(MetricSeries series, Instant at) {
        if (series.size() == 0) {
            return OptionalDouble.empty();
        }
        long until = at.toEpochMilli();
        long span = series.timestamps()[series.size() - 1] - series.timestamps()[0];
        long step = series.size() > 1 ? span / (series.size() - 1) : 0;
        long since = until - Math.max(LEVEL_WINDOW.toMillis(), LEVEL_POINTS * step);
        double[] latest = new double[LEVEL_POINTS];
        int count = 0;
        for (int index = series.size() - 1; index >= 0 && count < LEVEL_POINTS; index--) {
            long time = series.timestamps()[index];
            double value = series.values()[index];
            if (time < since) {
                break;
            }
            if (time <= until && !Double.isNaN(value)) {
                latest[count++] = value;
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(median(Arrays.copyOf(latest, count)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
