package dev.aftermath.samples;

import dev.aftermath.samples.Samples.Sample;

/**
 * Writes the metric exports of every sample into {@code sample-incidents/} (run from the repository's root). Every
 * run writes the same bytes; after changing a sample's metrics, run this and then {@link SampleBuilder}.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.aftermath.samples.MetricGenerator
 *     -Dexec.classpathScope=test</pre>
 */
public final class MetricGenerator {

    private MetricGenerator() {
    }

    public static void main(String[] args) {
        for (Sample sample : Samples.ALL) {
            sample.metrics().accept(Samples.ROOT.resolve(sample.folder()));
        }
        System.out.println("Metric files written under " + Samples.ROOT.toAbsolutePath());
    }
}
