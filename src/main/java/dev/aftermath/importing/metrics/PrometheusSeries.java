package dev.aftermath.importing.metrics;

import java.util.Map;

/**
 * One series of a Prometheus query result, as the API returns it.
 *
 * @param labels the label set in the order the API wrote it (including {@code __name__} when present)
 * @param timesMillis the sample times, epoch milliseconds
 * @param values the sample values; NaN and infinities as Prometheus reports them
 * @param path where in the JSON the series is, for messages
 */
record PrometheusSeries(Map<String, String> labels, long[] timesMillis, double[] values, String path) {
}
