package dev.aftermath.testing;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Priority;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Incidents for tests, with every field set, written in the project's own words. */
public final class SampleIncidents {

    private SampleIncidents() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static TimelineEntry entry(String name, String at, EntryKind kind, String text) {
        return new TimelineEntry(id(name), Instant.parse(at), null, kind, text, EntrySource.MANUAL, null, null,
                false, false);
    }

    /** A checkout outage with every field of the model filled, unicode and multi-line text included. */
    public static Incident everyField() {
        List<TimelineEntry> entries = List.of(
                new TimelineEntry(id("deploy"), Instant.parse("2025-10-26T00:40:00Z"), null, EntryKind.TRIGGER,
                        "Config change to the session cache merged", EntrySource.REPORT,
                        Provenance.ofLine("report.md", 12).withDoubt("the time 00:40 is earlier than the time before it"),
                        null, false, false),
                new TimelineEntry(id("impact"), Instant.parse("2025-10-26T01:02:00Z"),
                        Instant.parse("2025-10-26T02:30:15.250Z"), EntryKind.IMPACT_STARTED,
                        "Checkout latency climbs past 2 s\nfor shoppers in Zürich and São Paulo 🛒",
                        EntrySource.METRICS, null, null, true, true),
                new TimelineEntry(id("alarm"), Instant.parse("2025-10-26T01:35:30Z"), null, EntryKind.DETECTED,
                        "Paging alarm on checkout p99", EntrySource.MANUAL, null, null, false, false),
                new TimelineEntry(id("post"), Instant.parse("2025-10-26T01:58:30Z"), null,
                        EntryKind.COMMUNICATION, "We are investigating slow checkouts | \"quoted\" & <b>tags</b>",
                        EntrySource.STATUS_PAGE, Provenance.ofPath("incidents.json", "$.incidents[0]"),
                        PostStatus.INVESTIGATING, false, false),
                new TimelineEntry(id("unsorted"), Instant.parse("2025-10-26T02:40:00Z"), null, null,
                        "Unclassified note", EntrySource.BUNDLE, new Provenance("a.json", 3, "$.x"), null,
                        false, false),
                new TimelineEntry(id("resolved"), Instant.parse("2025-10-26T02:31:00Z"), null,
                        EntryKind.RESOLVED, "All clear", EntrySource.STATUS_PAGE, null, PostStatus.RESOLVED,
                        false, false));
        MetricSeries latency = new MetricSeries(id("latency"), "checkout p99", "ms",
                new long[] {1761440400000L, 1761440460000L, 1761440520000L},
                new double[] {180.5, Double.NaN, 2450.25}, 1500.0);
        RcaDocument rca = new RcaDocument("Checkout was slow for **88 minutes**.", "About 12% of orders failed.",
                "A cache TTL of 0 turned every read into a database query.",
                List.of("No canary for config", "Alert threshold too high"), List.of("Rollback took 4 minutes"),
                List.of("Detection took 33 minutes"), List.of("Low traffic at night"),
                List.of("Config is code"),
                List.of(new ActionItem(id("action-1"), "Canary config changes", "Ana Lima", Priority.P1,
                                LocalDate.of(2025, 11, 30), ActionStatus.IN_PROGRESS, ActionType.PREVENT,
                                "https://tracker.example/ENG-42"),
                        ActionItem.open("Lower the p99 alert threshold")));
        return new Incident(id("checkout"), "Checkout latency — Zürich edge", Severity.SEV2,
                ReviewStatus.IN_REVIEW, ZoneId.of("Europe/Zurich"), List.of("checkout", "session-cache"), entries,
                List.of(latency), rca, Map.of(Milestone.IMPACT_STARTED, Instant.parse("2025-10-26T01:00:00Z")));
    }
}
