package dev.aftermath.bundle;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The incident behind the golden bundle: every field of the format set at least once, with unicode (accents,
 * emoji), multi-line Markdown, every source, a span, pins, a metric gap and infinities. Ids are derived from names
 * so the bundle is stable.
 */
final class RichIncident {

    static final String GOLDEN = "dev/aftermath/bundle/rich.aftermath.json";

    private RichIncident() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static Incident create() {
        return new Incident(id("payments-night"), "Card payments declined — Café Zürich & São Paulo ☕",
                Severity.SEV2, ReviewStatus.IN_REVIEW, ZoneId.of("Europe/Berlin"),
                List.of("payments-gateway", "checkout-web", "Ärzte-Portal"), entries(), series(), rca(), pins());
    }

    private static List<TimelineEntry> entries() {
        return List.of(
                new TimelineEntry(id("flag"), Instant.parse("2025-10-26T00:41:00Z"), null, EntryKind.TRIGGER,
                        "Feature flag `strict-3ds` switched on for all regions", EntrySource.REPORT,
                        Provenance.ofLine("review-notes.md", 7), null, false, false),
                new TimelineEntry(id("declines"), Instant.parse("2025-10-26T00:55:12.345Z"),
                        Instant.parse("2025-10-26T02:20:00Z"), EntryKind.IMPACT_STARTED,
                        "Decline rate jumps from 2 % to 31 %\n\n- mostly debit cards\n- both regions 🔥",
                        EntrySource.METRICS, Provenance.ofLine("declines.csv", 1842), null, true, true),
                new TimelineEntry(id("page"), Instant.parse("2025-10-26T01:28:42Z"), null, EntryKind.DETECTED,
                        "On-call paged by the decline-rate alarm", EntrySource.MANUAL, null, null, false, false),
                new TimelineEntry(id("ack"), Instant.parse("2025-10-26T01:31:00Z"), null, EntryKind.ACKNOWLEDGED,
                        "Page acknowledged by Zoë", EntrySource.MANUAL, null, null, false, false),
                new TimelineEntry(id("post-1"), Instant.parse("2025-10-26T01:40:00Z"), null,
                        EntryKind.COMMUNICATION, "Some card payments fail; we are looking into it. \"Tabs\"\tand "
                        + "back\\slashes", EntrySource.STATUS_PAGE,
                        Provenance.ofPath("status.json", "$.incidents[0].incident_updates[3]"),
                        PostStatus.INVESTIGATING, false, false),
                new TimelineEntry(id("post-2"), Instant.parse("2025-10-26T01:52:30Z"), null, null,
                        "Cause found: the new 3-D Secure rule", EntrySource.STATUS_PAGE,
                        Provenance.ofPath("status.json", "$.incidents[0].incident_updates[2]"),
                        PostStatus.IDENTIFIED, false, false),
                new TimelineEntry(id("flag-off"), Instant.parse("2025-10-26T02:05:00Z"), null, EntryKind.MITIGATED,
                        "Flag switched off; declines fall", EntrySource.BUNDLE,
                        new Provenance("shared.aftermath.json", 40, "$.incident.entries[6]",
                                "the time 02:05 is earlier than the time before it"), null, false, false),
                new TimelineEntry(id("note"), Instant.parse("2025-10-26T02:10:00Z"), null, EntryKind.NOTE, "",
                        EntrySource.MANUAL, null, null, false, false),
                new TimelineEntry(id("post-3"), Instant.parse("2025-10-26T02:31:00Z"), null, null,
                        "Payments work normally again.", EntrySource.STATUS_PAGE, null, PostStatus.RESOLVED,
                        false, false));
    }

    private static List<MetricSeries> series() {
        long start = 1761439800000L;
        return List.of(
                new MetricSeries(id("decline-rate"), "decline rate", "%",
                        new long[] {start, start + 60_000, start + 120_000, start + 180_000, start + 240_000},
                        new double[] {2.0, 2.25, Double.NaN, 31.5, 0.1}, 5.0),
                new MetricSeries(id("queue"), "retry queue — depth", "",
                        new long[] {start, start + 60_000, start + 120_000},
                        new double[] {Double.POSITIVE_INFINITY, -0.5, Double.NEGATIVE_INFINITY}),
                new MetricSeries(id("empty"), "", "req/s", new long[0], new double[0]));
    }

    private static RcaDocument rca() {
        return new RcaDocument(
                "For **85 minutes** about a third of card payments were declined.",
                "Roughly 14 000 orders failed; no money was taken twice.\n\nSupport got 230 tickets.",
                "A stricter 3-D Secure rule was enabled globally, though only one acquirer supports it.",
                List.of("Flags go live in all regions at once", "The alarm looks at a 30-minute window"),
                List.of("Rollback was one click"),
                List.of("Nobody watched the dashboards after the switch", "Status page lagged by 45 minutes"),
                List.of("It happened at night, with low traffic"),
                List.of("Roll flags out per region", "Alarms on ratios react faster than on counts"),
                List.of(new ActionItem(id("action-canary"), "Per-region flag rollout", "Zoë Müller", Priority.P1,
                                LocalDate.of(2025, 11, 30), ActionStatus.IN_PROGRESS, ActionType.PREVENT,
                                "https://tracker.example/PAY-101"),
                        new ActionItem(id("action-alarm"), "Alarm on a 5-minute decline ratio", null, Priority.P2,
                                null, ActionStatus.OPEN, ActionType.DETECT, null),
                        new ActionItem(id("action-status"), "Status page template for payments", "comms", null,
                                LocalDate.of(2026, 1, 15), ActionStatus.DONE, ActionType.PROCESS, null)));
    }

    private static Map<Milestone, Instant> pins() {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        pins.put(Milestone.IMPACT_STARTED, Instant.parse("2025-10-26T00:50:00Z"));
        pins.put(Milestone.RESOLVED, Instant.parse("2025-10-26T02:20:00.500Z"));
        return pins;
    }
}
