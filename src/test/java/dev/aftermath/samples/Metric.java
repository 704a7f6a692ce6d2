package dev.aftermath.samples;

import java.util.Random;

/**
 * One exported metric: its name as the export writes it, its shape, how noisy it is, how many decimals the export
 * keeps, and the most it can show (a timeout caps a latency). Noise is multiplicative and autocorrelated (an AR(1)
 * walk), so curves wander the way real ones do instead of jittering independently at every step.
 */
record Metric(String name, Curve curve, double noise, int decimals, double ceiling) {

    Metric(String name, Curve curve, double noise, int decimals) {
        this(name, curve, noise, decimals, Double.POSITIVE_INFINITY);
    }

    private static final double MEMORY = 0.85;

    /** The values at the given times, drawn with {@code random}; NaN where the curve is absent. */
    double[] sample(long[] times, Random random) {
        double[] values = new double[times.length];
        double walk = 0;
        double innovation = noise * StrictMath.sqrt(1 - MEMORY * MEMORY);
        for (int i = 0; i < times.length; i++) {
            walk = MEMORY * walk + innovation * random.nextGaussian();
            double value = curve.at(times[i]);
            values[i] = Double.isNaN(value) ? Double.NaN
                    : round(Math.min(ceiling, Math.max(0, value * StrictMath.exp(walk))));
        }
        return values;
    }

    private double round(double value) {
        double scale = StrictMath.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
