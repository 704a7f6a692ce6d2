package dev.aftermath.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sample incidents of {@code sample-incidents/}: each one's folder, its raw files in the order a commander would
 * import them (the report first, so that its title names the incident), the warnings its import is meant to show,
 * and the program that writes its metric exports. The finished incident is {@code <folder>/<bundle>}; the review
 * that completes it is {@code src/test/resources/dev/aftermath/samples/<folder>.review.md}.
 */
final class Samples {

    static final Sample EU_WEB_FLEET = new Sample("01-eu-web-fleet-out-of-capacity",
            List.of("report.md", "status-page.txt", "eu-web-latency.csv", "eu-web-hosts.json"), List.of(), 60,
            SampleMetrics::euWebFleet);
    static final Sample DATABASE_FAILOVER = new Sample("02-database-failover-after-manual-query",
            List.of("report.md", "incidents.json", "shard-07-failover.json"), List.of(), 15,
            SampleMetrics::databaseFailover);
    static final Sample UNREACHABLE_CACHE = new Sample("03-unreachable-cache-dependency",
            List.of("report.md", "history.atom", "us-inbox-response-times.csv"), List.of(), 60,
            SampleMetrics::unreachableCache);
    /** Its Grafana export has wall-clock times without a zone, as Grafana writes "formatted" times: it warns. */
    static final Sample THREAD_LEAK = new Sample("04-thread-leak-two-outages",
            List.of("report.md", "history.rss", "us-web-memory.csv"),
            List.of("us-web-memory.csv: the times carry no zone; read as UTC (name the zone they were written in "
                    + "to change this)"), 60,
            SampleMetrics::threadLeak);
    static final Sample TELEMETRY_PROXY = new Sample("05-telemetry-proxy-outage",
            List.of("report.md", "status-page.md", "eu-web-workers.csv", "telemetry-proxy.json"), List.of(), 60,
            SampleMetrics::telemetryProxy);

    static final List<Sample> ALL = List.of(EU_WEB_FLEET, DATABASE_FAILOVER, UNREACHABLE_CACHE, THREAD_LEAK,
            TELEMETRY_PROXY);

    static final Path ROOT = Path.of("sample-incidents");

    private Samples() {
    }

    /**
     * @param expectedWarnings every warning importing the raw files gives, as {@code FILE[:LINE]: message}
     * @param bundleStepSeconds the bundle's series average the exports' points over buckets this long: a minute
     *                          for a day's curves, less for a six-minute incident
     */
    record Sample(String folder, List<String> rawFiles, List<String> expectedWarnings, int bundleStepSeconds,
                  Consumer<Path> metrics) {

        long bundleStepMillis() {
            return bundleStepSeconds * 1000L;
        }

        /** The bundle's name: the folder's without its number. */
        String bundle() {
            return folder.substring(folder.indexOf('-') + 1) + ".aftermath.json";
        }

        Path path(String file) {
            return ROOT.resolve(folder).resolve(file);
        }

        List<Path> rawPaths() {
            return rawFiles.stream().map(this::path).toList();
        }

        String reviewResource() {
            return "/dev/aftermath/samples/" + folder + ".review.md";
        }
    }
}
