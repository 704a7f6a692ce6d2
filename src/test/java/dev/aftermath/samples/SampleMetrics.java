package dev.aftermath.samples;

import static dev.aftermath.samples.Curve.keyframes;

import dev.aftermath.samples.MetricFiles.Table;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The metric exports of the five samples, synthesised from each incident's facts: the region's working day for the
 * shape, the incident's times as keyframes, and seeded noise, so that every run writes the same bytes.
 */
final class SampleMetrics {

    private static final ZoneId EUROPE = ZoneId.of("Europe/Dublin");
    private static final ZoneId US_EAST = ZoneId.of("America/New_York");
    /** What one EU web server handles before requests queue. */
    private static final double REQUESTS_PER_HOST = 82;

    private SampleMetrics() {
    }

    /**
     * Web servers that could not boot: the fleet scales in on Monday evening, then cannot grow on Tuesday morning
     * (in-service hosts stuck at 44); latency from 07:00, errors from 08:00.
     */
    static void euWebFleet(Path folder) {
        Random random = new Random(20250819);
        String day = "2025-08-19";
        Curve demand = Curve.workingDay(EUROPE, 700, 5200);
        Curve failing = keyframes(day, "07:55", 0, "08:05", 0.55, "08:30", 0.82, "09:08", 0.8, "09:13", 0.3,
                "09:16", 0);
        Curve slowdown = keyframes(day, "06:55", 1, "07:00", 1.05, "07:15", 2.5, "07:30", 9, "07:45", 60,
                "08:00", 150, "08:05", 170, "09:08", 170, "09:13", 25, "09:15", 1.6, "09:25", 1);
        Curve load = demand.times(1 / 5200.0);
        Curve desired = keyframes("2025-08-18", "12:00", 112, "15:00", 118, "19:10", 118, "20:00", 80,
                "21:00", 56, "22:00", 44, day + "T06:25:00Z", 44, "06:35", 52, "07:00", 64, "07:20", 88,
                "07:40", 120, "08:00", 150, "09:15", 150, "09:35", 126, "11:00", 118, "13:00", 112,
                "15:00", 120, "17:00", 104, "19:00", 70, "21:00", 48, "22:00", 44);
        Curve inService = millis -> millis < at(day, "06:30") || millis >= at(day, "09:18") ? desired.at(millis)
                : millis < at(day, "09:09") ? 44
                : 44 + (desired.at(millis) - 44) * (millis - at(day, "09:09")) / (at(day, "09:18") - at(day, "09:09"));
        MetricFiles.grafanaCsv(folder.resolve("eu-web-latency.csv"), Table.sample("2025-08-18T12:00:00Z",
                "2025-08-20T00:00:00Z", 30, random, List.of(
                        new Metric("successful requests (req/s)",
                                millis -> Math.min(demand.at(millis), inService.at(millis) * REQUESTS_PER_HOST)
                                        * (1 - failing.at(millis)), 0.03, 1),
                        new Metric("p95 latency (ms)", load.times(40).plus(Curve.constant(165)).times(slowdown),
                                0.06, 1, 30_000),
                        new Metric("5xx responses (req/s)", demand.times(0.0004).plus(demand.times(failing)),
                                0.1, 2))), false);
        Map<String, String> group = Map.of("auto_scaling_group", "web-eu", "region", "eu-west-1");
        MetricFiles.prometheusRange(folder.resolve("eu-web-hosts.json"), List.of(
                        labels("aws_autoscaling_group_desired_capacity", group),
                        labels("aws_autoscaling_group_in_service_instances", group)),
                Table.sample("2025-08-18T12:00:00Z", "2025-08-20T00:00:00Z", 60, random, List.of(
                        new Metric("desired", desired, 0, 0), new Metric("in service", inService, 0, 0))));
    }

    /** A manual query empties the writer's memory; failover at 11:50, errors until the 11:56 redeploy. */
    static void databaseFailover(Path folder) {
        Random random = new Random(20250211);
        String day = "2025-02-11";
        Curve load = Curve.workingDay(EUROPE, 0.35, 1);
        Curve freeable = keyframes(day, "08:00", 38.4e9, "11:48:45", 37.6e9, "11:49:05", 30e9, "11:49:30", 9e9,
                "11:49:50", 1.6e9, "11:54:15", 41.5e9, "16:00", 39.8e9)
                .missingBetween(day + "T11:50:00Z", day + "T11:54:15Z");
        Curve slowdown = keyframes(day, "11:49:45", 1, "11:50:15", 6, "11:51:00", 9.5, "11:54:00", 8,
                "11:54:45", 3, "11:55:30", 2.2, "11:56:15", 1.1, "11:57:00", 1);
        Curve failing = keyframes(day, "11:50:00", 0, "11:50:30", 0.07, "11:53:30", 0.08, "11:54:30", 0.035,
                "11:55:15", 0.022, "11:56:00", 0.02, "11:56:30", 0.0005, "11:57:00", 0);
        MetricFiles.prometheusRange(folder.resolve("shard-07-failover.json"), List.of(
                        labels("aws_rds_freeable_memory_bytes", Map.of("cluster", "shard-07", "role", "writer")),
                        labels("web_request_duration_p99_seconds", Map.of("app", "web")),
                        labels("web_request_error_ratio", Map.of("app", "web"))),
                Table.sample(day + "T08:00:00Z", day + "T16:00:00Z", 15, random, List.of(
                        new Metric("freeable", freeable, 0.004, 0),
                        new Metric("p99", load.times(0.3).plus(Curve.constant(0.32)).times(slowdown), 0.05, 3),
                        new Metric("errors", failing.plus(Curve.constant(0.0008)), 0.1, 5))));
    }

    /** 60 ms pages wait 30 s for an unreachable cache, on Tuesday and again when redeployed on Wednesday. */
    static void unreachableCache(Path folder) {
        Random random = new Random(20250408);
        String day = "2025-04-08";
        Curve perMinute = Curve.workingDay(US_EAST, 9000, 68000);
        Curve load = perMinute.times(1 / 68000.0);
        Curve slowdown = keyframes(day, "14:04", 1, "14:06", 12, "14:09", 85, "14:24", 92, "14:28", 40,
                "14:31", 1.3, "14:34", 1, "2025-04-09T16:12:00Z", 1, "16:14", 30, "16:16", 90, "16:21", 92,
                "16:23", 20, "16:24", 1.3, "16:27", 1);
        Curve stuck = keyframes(day, "14:05", 0, "14:07", 0.25, "14:10", 0.41, "14:24", 0.42, "14:28", 0.2,
                "14:31", 0.002, "14:33", 0, "2025-04-09T16:12:00Z", 0, "16:14", 0.3, "16:16", 0.41,
                "16:21", 0.42, "16:23", 0.1, "16:24", 0.002, "16:26", 0);
        MetricFiles.spreadsheetCsv(folder.resolve("us-inbox-response-times.csv"), "Time (UTC)",
                Table.sample(day + "T12:00:00Z", "2025-04-09T19:00:00Z", 60, random, List.of(
                        new Metric("Median response (ms)", load.times(15).plus(Curve.constant(52)).times(slowdown),
                                0.05, 1),
                        new Metric("Requests over 10 s (per min)",
                                perMinute.times(stuck.plus(Curve.constant(0.00005))), 0.08, 0),
                        new Metric("Requests (per min)", perMinute, 0.03, 0))));
    }

    /** Memory climbs whenever nobody deploys, until the fleet runs out: 20:09 on Thursday, 11:57 on Friday. */
    static void threadLeak(Path folder) {
        Random random = new Random(20250612);
        Curve demand = Curve.workingDay(US_EAST, 600, 4200);
        LeakingFleet fleet = LeakingFleet.counterRollout(demand);
        String day = "2025-06-12";
        Curve failing = keyframes(day, "20:08", 0, "20:10", 0.85, "20:13", 0.9, "20:15", 0.5, "20:17", 0.02,
                "20:18", 0, "2025-06-13T11:56:00Z", 0, "11:58", 0.8, "12:03", 0.85, "12:05", 0.4, "12:07", 0.02,
                "12:08", 0);
        String crashFrom = day + "T20:10:00Z";
        String crashTo = day + "T20:15:00Z";
        MetricFiles.grafanaCsv(folder.resolve("us-web-memory.csv"), Table.sample(day + "T00:00:00Z",
                "2025-06-14T00:00:00Z", 60, random, List.of(
                        new Metric("memory used (%)", fleet.memoryPercent().missingBetween(crashFrom, crashTo),
                                0.01, 1, 100),
                        new Metric("threads per process", fleet.threads().missingBetween(crashFrom, crashTo),
                                0.01, 0),
                        new Metric("5xx responses (req/s)", demand.times(0.0005).plus(demand.times(failing)),
                                0.1, 2))), true);
    }

    /** The telemetry proxy stops accepting connections; every web thread waits ten seconds on it. */
    static void telemetryProxy(Path folder) {
        Random random = new Random(20251014);
        String day = "2025-10-14";
        Curve demand = Curve.workingDay(ZoneId.of("Europe/Amsterdam"), 800, 5600);
        Curve load = demand.times(1 / 5600.0);
        Curve busy = load.times(0.28).plus(Curve.constant(0.1)).max(keyframes(day, "13:22", 0, "13:24", 0.45,
                "13:26", 0.85, "13:27", 1, "13:53", 1, "13:55", 0.6, "13:57", 0.3, "13:58", 0));
        Curve failing = keyframes(day, "13:26", 0, "13:28", 0.7, "13:31", 0.86, "13:52", 0.85, "13:55", 0.3,
                "13:58", 0.01, "13:59", 0);
        Curve slowdown = keyframes(day, "13:22", 1, "13:24", 3, "13:26", 20, "13:27", 48, "13:54", 48,
                "13:56", 5, "13:58", 1.2, "14:00", 1);
        MetricFiles.grafanaCsv(folder.resolve("eu-web-workers.csv"), Table.sample(day + "T00:00:00Z",
                "2025-10-15T00:00:00Z", 30, random, List.of(
                        new Metric("puma_busy_threads_ratio{fleet=\"web-eu\"}", busy, 0.03, 3, 1),
                        new Metric("http_responses:rate1m{code=\"503\", fleet=\"web-eu\"}",
                                demand.times(failing).plus(Curve.constant(0.05)), 0.1, 2),
                        new Metric("http_request_duration_seconds:p95{fleet=\"web-eu\"}",
                                load.times(0.04).plus(Curve.constant(0.19)).times(slowdown), 0.05, 3, 30))),
                false);
        // The kill switch stops the hand-overs, so the series goes quiet; re-enabled at 14:35 on the rolled-back
        // proxies, the hand-over is as quick as it was before the incident.
        Curve wait = keyframes(day, "13:21:30", 0.003, "13:22:00", 0.9, "13:23:00", 6, "13:24:00", 10,
                "13:52:00", 10, "13:54:00", 4, "13:55:00", 1, "14:35:00", 0.003)
                .missingBetween(day + "T13:55:00Z", day + "T14:35:00Z");
        Curve openFiles = keyframes(day, "11:00", 2600, "13:18", 2850, "13:19", 2400, "13:20:30", 1024,
                "14:20", 1024, "14:22", 2900, "17:00", 2750)
                .missingBetween(day + "T13:21:00Z", day + "T14:21:00Z");
        Map<String, String> proxy = Map.of("cluster", "telemetry-proxy");
        MetricFiles.prometheusRange(folder.resolve("telemetry-proxy.json"), List.of(
                        labels("telemetry_client_wait_p99_seconds", Map.of("fleet", "web-eu")),
                        labels("telemetry_proxy_open_files", proxy)),
                Table.sample(day + "T11:00:00Z", day + "T17:00:00Z", 15, random, List.of(
                        new Metric("wait", wait, 0.05, 4, 10), new Metric("open files", openFiles, 0.01, 0))));
    }

    private static long at(String day, String time) {
        return java.time.Instant.parse(day + "T" + time + ":00Z").toEpochMilli();
    }

    private static Map<String, String> labels(String metric, Map<String, String> labels) {
        Map<String, String> all = new java.util.TreeMap<>(labels);
        all.put("__name__", metric);
        return all;
    }
}
