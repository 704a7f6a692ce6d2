package dev.aftermath.timeline;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Incidents for timeline tests, deterministic to the bit (ids from names, noise from seeded generators), written in
 * the project's own words: a payments outage of about two hours with metrics, and the edge cases.
 */
public final class TimelineFixtures {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDateTime DAY = LocalDateTime.of(2025, 3, 11, 0, 0);

    private TimelineFixtures() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** 2025-03-11 at the given Berlin wall-clock time (UTC+01:00 that day). */
    public static Instant berlin(int hour, int minute) {
        return DAY.withHour(hour).withMinute(minute).atZone(BERLIN).toInstant();
    }

    static TimelineEntry entry(String name, Instant at, EntryKind kind, EntrySource source, PostStatus status,
                               String text) {
        return new TimelineEntry(id(name), at, null, kind, text, source,
                source == EntrySource.MANUAL ? null : Provenance.ofLine(source.externalName() + ".txt", 1), status,
                false, false);
    }

    /** Card payments time out after a connection-pool limit is lowered; found by an alert 32 minutes later. */
    public static Incident payments() {
        List<TimelineEntry> entries = new ArrayList<>(List.of(
                entry("trigger", berlin(13, 52), EntryKind.TRIGGER, EntrySource.REPORT, null,
                        "Pool limit for the payments database lowered from 200 to 40"),
                entry("impact", berlin(14, 5), EntryKind.IMPACT_STARTED, EntrySource.METRICS, null,
                        "Authorisation p99 passes 1.5 s"),
                entry("page", berlin(14, 37), EntryKind.DETECTED, EntrySource.MANUAL, null,
                        "Error-rate alert pages the on-call engineer"),
                entry("ack", berlin(14, 41), EntryKind.ACKNOWLEDGED, EntrySource.MANUAL, null,
                        "Page acknowledged, incident channel opened"),
                entry("post-1", berlin(14, 48), EntryKind.COMMUNICATION, EntrySource.STATUS_PAGE,
                        PostStatus.INVESTIGATING, "Some card payments fail or are slow; we are looking into it."),
                entry("escalate", berlin(14, 55), EntryKind.ESCALATED, EntrySource.MANUAL, null,
                        "Database team called in to check connection load"),
                entry("compare", berlin(15, 2), EntryKind.ACTION, EntrySource.REPORT, null,
                        "Connection counts compared with last Tuesday: the pool is exhausted"),
                entry("cause", berlin(15, 9), EntryKind.IDENTIFIED, EntrySource.REPORT, null,
                        "The lowered pool limit is the cause"),
                entry("post-2", berlin(15, 11), EntryKind.COMMUNICATION, EntrySource.STATUS_PAGE,
                        PostStatus.IDENTIFIED, "We found the cause and are rolling out a fix."),
                entry("rollback", berlin(15, 14), EntryKind.ACTION, EntrySource.MANUAL, null,
                        "Pool limit restored, one region after the other").withEnd(berlin(15, 26)),
                entry("support", berlin(15, 20), EntryKind.NOTE, EntrySource.MANUAL, null,
                        "Support sees many questions about double charges").withApproximate(true),
                entry("mitigated", berlin(15, 26), EntryKind.MITIGATED, EntrySource.MANUAL, null,
                        "Error rate under 0.5 % again"),
                entry("post-3", berlin(15, 31), EntryKind.COMMUNICATION, EntrySource.STATUS_PAGE,
                        PostStatus.MONITORING, "Payments succeed again; we keep watching."),
                entry("warmup", berlin(15, 40), EntryKind.ACTION, EntrySource.MANUAL, null,
                        "Token cache warm-up job restarted"),
                entry("estimate", berlin(15, 44), EntryKind.NOTE, EntrySource.MANUAL, null,
                        "About 8 % of card payments affected at the peak"),
                entry("resolved", berlin(15, 50), EntryKind.RESOLVED, EntrySource.MANUAL, null,
                        "Incident closed by the commander"),
                entry("post-4", berlin(15, 52), EntryKind.COMMUNICATION, EntrySource.STATUS_PAGE,
                        PostStatus.RESOLVED, "Resolved. Payments made between 15:05 and 16:26 may need a retry.")));
        return new Incident(id("payments"), "Card payments time out after pool limit change", Severity.SEV1,
                ReviewStatus.IN_REVIEW, BERLIN, List.of("payments", "checkout"), entries,
                List.of(latency(100_000), errorRate(100_000)), RcaDocument.EMPTY,
                Map.of(Milestone.IMPACT_STARTED, berlin(14, 4)));
    }

    /** Authorisation latency from 13:40 to 16:00: 180 ms, climbing after the change, back after the rollback. */
    public static MetricSeries latency(int points) {
        return series("latency", "authorisation p99", "ms", points, 42, (minute, random) -> {
            double load = incidentShape(minute);
            double base = 180 + 25 * Math.sin(minute / 9.0);
            double spike = random.nextDouble() < 0.002 ? 900 * random.nextDouble() : 0;
            return base + load * (1650 + 300 * Math.sin(minute * 1.7)) + random.nextGaussian() * (20 + 140 * load)
                    + spike;
        });
    }

    /** Failed payments in percent over the same window. */
    public static MetricSeries errorRate(int points) {
        return series("errors", "payment errors", "%", points, 7, (minute, random) -> {
            double load = incidentShape(minute);
            return Math.max(0, 0.2 + load * 9.5 + random.nextGaussian() * (0.05 + 1.2 * load));
        });
    }

    /** 0 before the change takes effect, rising to 1, then falling during the rollback (minutes after 13:40). */
    static double incidentShape(double minute) {
        double start = 25;
        double rollbackStart = 94;
        double rollbackEnd = 106;
        if (minute < start) {
            return 0;
        }
        if (minute < rollbackStart) {
            return Math.min(1, (minute - start) / 12);
        }
        return minute < rollbackEnd ? 1 - (minute - rollbackStart) / (rollbackEnd - rollbackStart) : 0;
    }

    interface Shape {
        double value(double minute, Random random);
    }

    static MetricSeries series(String name, String title, String unit, int points, long seed, Shape shape) {
        long start = berlin(13, 40).toEpochMilli();
        long span = Duration.ofMinutes(140).toMillis();
        long[] timestamps = new long[points];
        double[] values = new double[points];
        Random random = new Random(seed);
        for (int i = 0; i < points; i++) {
            timestamps[i] = start + span * i / points;
            values[i] = shape.value((timestamps[i] - start) / 60_000.0, random);
        }
        return new MetricSeries(id(name), title, unit, timestamps, values);
    }

    public static Incident withoutMetrics() {
        return payments().withSeries(List.of());
    }

    public static Incident oneEntry() {
        return Incident.create("A single note", BERLIN).withEntries(List.of(
                entry("only", berlin(9, 30), EntryKind.NOTE, EntrySource.MANUAL, null, "Something looked odd")));
    }

    /** Notes and actions only: nothing marks a milestone, so no bands and no milestone lines. */
    public static Incident noMilestones() {
        return Incident.create("Only notes", BERLIN).withEntries(List.of(
                entry("n1", berlin(10, 0), EntryKind.NOTE, EntrySource.MANUAL, null, "Queue depth looked high"),
                entry("n2", berlin(10, 20), EntryKind.ACTION, EntrySource.MANUAL, null, "Consumers scaled up"),
                entry("n3", berlin(10, 45), EntryKind.NOTE, EntrySource.MANUAL, null, "Queue drained")));
    }

    public static Incident tenMinutes() {
        return new Incident(id("short"), "Short DNS blip", Severity.SEV3, ReviewStatus.DRAFT, BERLIN, List.of(),
                List.of(entry("s1", berlin(8, 0), EntryKind.IMPACT_STARTED, EntrySource.METRICS, null,
                                "Lookups start failing"),
                        entry("s2", berlin(8, 2), EntryKind.DETECTED, EntrySource.MANUAL, null, "Synthetic check fails"),
                        entry("s3", berlin(8, 6), EntryKind.MITIGATED, EntrySource.MANUAL, null,
                                "Secondary resolver takes over"),
                        entry("s4", berlin(8, 10), EntryKind.RESOLVED, EntrySource.MANUAL, null, "Primary back")),
                List.of(), RcaDocument.EMPTY, Map.of());
    }

    /** Over the end of summer time in Berlin (26 October 2025), from Saturday to Monday. */
    public static Incident threeDays() {
        Instant start = Instant.parse("2025-10-25T07:00:00Z");
        List<TimelineEntry> entries = new ArrayList<>();
        EntryKind[] kinds = {EntryKind.TRIGGER, EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.ACTION,
            EntryKind.IDENTIFIED, EntryKind.ACTION, EntryKind.MITIGATED, EntryKind.NOTE, EntryKind.RESOLVED};
        for (int i = 0; i < kinds.length; i++) {
            entries.add(entry("day-" + i, start.plus(Duration.ofHours(8L * i)), kinds[i], EntrySource.MANUAL, null,
                    "Step " + (i + 1) + " of the long replication repair"));
        }
        return new Incident(id("three-days"), "Replica lag over a weekend", Severity.SEV2, ReviewStatus.DRAFT,
                BERLIN, List.of(), entries, List.of(), RcaDocument.EMPTY, Map.of());
    }

    /** 5,000 entries of every lane over the payments incident's two hours. */
    public static Incident manyEntries(int count) {
        Random random = new Random(5);
        EntryKind[] kinds = EntryKind.values();
        long start = berlin(13, 50).toEpochMilli();
        List<TimelineEntry> entries = new ArrayList<>(payments().entries());
        int generated = count - entries.size();
        for (int i = 0; i < generated; i++) {
            EntryKind kind = kinds[random.nextInt(kinds.length)];
            EntrySource source = EntrySource.values()[random.nextInt(4)];
            Instant at = Instant.ofEpochMilli(start + (long) (random.nextDouble() * 7_200_000));
            entries.add(entry("many-" + i, at, kind, source,
                    source == EntrySource.STATUS_PAGE ? PostStatus.INVESTIGATING : null,
                    "Generated entry number " + i + " about " + kind.name().toLowerCase()));
        }
        return payments().withTitle("Five thousand entries").withEntries(entries);
    }
}
