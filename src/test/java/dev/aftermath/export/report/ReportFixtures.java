package dev.aftermath.export.report;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Incidents for the exporters' tests. The rich one crosses the switch to summer time in Berlin and puts every
 * character that could break a table (pipes, line breaks, {@code #}, backticks, markup, emoji) in user text.
 */
public final class ReportFixtures {

    private ReportFixtures() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static Incident rich() {
        return new Incident(id("payments"), "Card payments failing | EU `eu-west` 🚨", Severity.SEV1,
                ReviewStatus.IN_REVIEW, ZoneId.of("Europe/Berlin"), List.of("payments-api", "checkout | web"),
                richEntries(), List.of(), richRca(), Map.of(Milestone.IMPACT_STARTED,
                Instant.parse("2025-03-30T00:47:00Z")));
    }

    private static List<TimelineEntry> richEntries() {
        return List.of(
                entry("deploy", "2025-03-30T00:42:00Z", null, EntryKind.TRIGGER,
                        "Deploy `payments-api` v4.18 with `pool_size: 0` | canary skipped", EntrySource.REPORT,
                        Provenance.ofLine("review-notes.md", 8), null, false),
                entry("impact", "2025-03-30T00:47:00Z", "2025-03-30T01:52:00Z", EntryKind.IMPACT_STARTED,
                        "Card authorisations fail for ~18 % of requests\nmostly in Köln & Łódź",
                        EntrySource.METRICS, Provenance.ofLine("auth-errors.csv", 120), null, false),
                entry("page", "2025-03-30T01:05:30Z", null, EntryKind.DETECTED,
                        "Pager: *error rate* > 5 % # payments", EntrySource.MANUAL, null, null, false),
                entry("ack", "2025-03-30T01:09:00Z", null, EntryKind.ACKNOWLEDGED, "Mia (on call) takes it",
                        EntrySource.MANUAL, null, null, false),
                entry("post", "2025-03-30T01:14:00Z", null, EntryKind.COMMUNICATION,
                        "We are looking into failed card payments <script>alert(1)</script>",
                        EntrySource.STATUS_PAGE, Provenance.ofPath("incidents.json",
                                "$.incidents[0].incident_updates[2]"), PostStatus.INVESTIGATING, false),
                entry("cause", "2025-03-30T01:31:00Z", null, EntryKind.IDENTIFIED,
                        "Connection pool exhausted; config sets [pool](size) to 0", EntrySource.MANUAL, null, null,
                        false),
                entry("rollback", "2025-03-30T01:38:00Z", null, EntryKind.ACTION, "Rollback to v4.17 started",
                        EntrySource.MANUAL, null, null, true),
                entry("mitigated", "2025-03-30T01:52:00Z", null, EntryKind.MITIGATED,
                        "Error rate back under 0.1 %", EntrySource.METRICS, Provenance.ofLine("auth-errors.csv", 185),
                        null, false),
                entry("resolved", "2025-03-30T02:20:00Z", null, EntryKind.RESOLVED,
                        "Resolved — 30 quiet minutes of monitoring", EntrySource.STATUS_PAGE, null,
                        PostStatus.RESOLVED, false),
                entry("note", "2025-03-30T02:25:00Z", null, null, "Note from the *review* \\ backslash\r\nsecond line",
                        EntrySource.BUNDLE, new Provenance("old.json", 3, "$.entries[9]"), null, false));
    }

    private static TimelineEntry entry(String name, String at, String end, EntryKind kind, String text,
                                       EntrySource source, Provenance provenance, PostStatus status,
                                       boolean approximate) {
        return new TimelineEntry(id(name), Instant.parse(at), end == null ? null : Instant.parse(end), kind, text,
                source, provenance, status, approximate, false);
    }

    private static RcaDocument richRca() {
        return new RcaDocument(
                "Card payments failed for **65 min** for about 18 % of EU requests after a config change set the "
                        + "pool size to `0`.\n\nSee the [runbook](https://wiki.example/runbooks/payments).",
                "- 4,210 failed authorisations\n- 37 support tickets\n- No data lost",
                "The deploy pipeline accepted `pool_size: 0` because the schema allowed any integer.\n\n"
                        + "```\npool_size: 0\n```",
                List.of("Canary stage skipped for *config-only* deploys", "Alert threshold at 5 % | too high"),
                List.of("Rollback took 6 minutes"),
                List.of("Detection took 18 minutes", "The first status post came 27 min after impact"),
                List.of(),
                List.of("Treat configuration as code\nwith review and tests"),
                List.of(new ActionItem(id("a1"), "Validate `pool_size` > 0 in the schema | CI", "Mia Schäfer",
                                Priority.P1, LocalDate.of(2025, 4, 15), ActionStatus.IN_PROGRESS, ActionType.PREVENT,
                                "https://tracker.example/PAY-101"),
                        new ActionItem(id("a2"), "Lower the error alert to 2 %\nand page after 2 min", "Jonas",
                                Priority.P2, LocalDate.of(2025, 4, 30), ActionStatus.OPEN, ActionType.DETECT,
                                "javascript:alert(1)"),
                        new ActionItem(id("a3"), "Write the config-deploy checklist", null, null, null,
                                ActionStatus.WONT_DO, ActionType.PROCESS, null)));
    }

    /** A long incident for speed runs: entries one minute apart, every tenth one a status post. */
    public static Incident withEntries(int count) {
        Instant start = Instant.parse("2025-01-06T08:00:00Z");
        List<TimelineEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntryKind kind = i == 0 ? EntryKind.IMPACT_STARTED : i % 10 == 0 ? EntryKind.COMMUNICATION
                    : EntryKind.NOTE;
            entries.add(new TimelineEntry(id("entry-" + i), start.plusSeconds(60L * i), null, kind,
                    "Entry " + i + ": queue depth | " + (i * 7 % 1000) + " messages", EntrySource.METRICS,
                    Provenance.ofLine("queue.csv", i + 2), null, false, false));
        }
        return rich().withEntries(entries).withPinnedMilestones(Map.of());
    }
}
