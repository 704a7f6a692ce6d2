package dev.aftermath.analysis;

import dev.aftermath.model.MetricSeries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a metric leaves its baseline for good: the suggestion "impact started here?".
 *
 * <p>The series is cut into {@value #BUCKETS} equal stretches of time and each is reduced to its mean, which
 * averages the point-to-point noise away. The first fifth of the stretches is the baseline; its median is the
 * normal level and its median absolute deviation the normal spread (robust, so a spike in the baseline does not
 * widen it). A departure is {@value #CONFIRMING} stretches in a row at least {@value #DEPARTURE_SIGMAS} spreads
 * away on the same side; its start is taken back to where the level first left the band of
 * {@value #ONSET_SIGMAS} spreads, because a climb is under way before it is certain. Pure noise almost never
 * passes three such stretches in a row (below one in a billion for Gaussian noise).
 *
 * @param at where the departure starts, to the second
 * @param baseline the normal level
 * @param level the mean level over the stretches that confirmed the departure
 */
public record BaselineDeparture(Instant at, double baseline, double level) {

    static final int BUCKETS = 240;
    static final int CONFIRMING = 3;
    static final double DEPARTURE_SIGMAS = 6;
    static final double ONSET_SIGMAS = 2.5;
    private static final int MIN_POINTS = 40;
    private static final int MIN_BASELINE_BUCKETS = 12;
    /** A spread of a flat baseline is never taken below this share of its level, nor below a tiny absolute value. */
    private static final double MIN_RELATIVE_SPREAD = 0.01;

    public boolean rising() {
        return level > baseline;
    }

    /** The departure of a series from its baseline, if there is a clear one. Reads every point once. */
    public static Optional<BaselineDeparture> find(MetricSeries series) {
        return find(series.timestamps(), series.values());
    }

    /** Timestamps in ascending order, epoch milliseconds; NaN values are gaps. */
    public static Optional<BaselineDeparture> find(long[] timestamps, double[] values) {
        if (timestamps.length < MIN_POINTS || timestamps[timestamps.length - 1] <= timestamps[0]) {
            return Optional.empty();
        }
        long start = timestamps[0];
        double width = (double) (timestamps[timestamps.length - 1] - start) / BUCKETS;
        double[] means = bucketMeans(timestamps, values, start, width);
        int baselineEnd = BUCKETS / 5;
        double[] baseline = Arrays.stream(means, 0, baselineEnd).filter(mean -> !Double.isNaN(mean)).toArray();
        if (baseline.length < MIN_BASELINE_BUCKETS) {
            return Optional.empty();
        }
        double normal = median(baseline);
        double spread = Math.max(1.4826 * median(Arrays.stream(baseline).map(v -> Math.abs(v - normal)).toArray()),
                Math.max(MIN_RELATIVE_SPREAD * Math.abs(normal), 1e-9));
        for (int bucket = baselineEnd; bucket + CONFIRMING <= BUCKETS; bucket++) {
            int side = confirmedSide(means, bucket, normal, spread);
            if (side != 0) {
                int onset = bucket;
                while (onset > 0 && side * (means[onset - 1] - normal) > ONSET_SIGMAS * spread) {
                    onset--;
                }
                double level = Arrays.stream(means, bucket, bucket + CONFIRMING).average().orElse(normal);
                Instant at = Instant.ofEpochMilli(start + (long) Math.floor(onset * width))
                        .truncatedTo(ChronoUnit.SECONDS);
                return Optional.of(new BaselineDeparture(at, normal, level));
            }
        }
        return Optional.empty();
    }

    private static double[] bucketMeans(long[] timestamps, double[] values, long start, double width) {
        double[] sums = new double[BUCKETS];
        int[] counts = new int[BUCKETS];
        for (int i = 0; i < timestamps.length; i++) {
            double value = values[i];
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                continue;
            }
            int bucket = (int) Math.min(BUCKETS - 1, (timestamps[i] - start) / width);
            sums[bucket] += value;
            counts[bucket]++;
        }
        double[] means = new double[BUCKETS];
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            means[bucket] = counts[bucket] == 0 ? Double.NaN : sums[bucket] / counts[bucket];
        }
        return means;
    }

    /** +1 or -1 when the stretches from {@code bucket} on all lie far out on that side, else 0. */
    private static int confirmedSide(double[] means, int bucket, double normal, double spread) {
        int side = 0;
        for (int i = bucket; i < bucket + CONFIRMING; i++) {
            double deviation = means[i] - normal;
            int here = Double.isNaN(deviation) || Math.abs(deviation) < DEPARTURE_SIGMAS * spread
                    ? 0 : (int) Math.signum(deviation);
            if (here == 0 || side != 0 && here != side) {
                return 0;
            }
            side = here;
        }
        return side;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
