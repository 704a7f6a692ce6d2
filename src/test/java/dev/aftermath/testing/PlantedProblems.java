package dev.aftermath.testing;

import static dev.aftermath.testing.SampleIncidents.id;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
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

/** An incident with one of each problem the checks before review look for, written for that purpose. */
public final class PlantedProblems {

    /** The day the checks run on; the overdue action item was due before it. */
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 20);

    private PlantedProblems() {
    }

    private static TimelineEntry entry(String name, String at, EntryKind kind, String text, EntrySource source,
                                       Provenance provenance, PostStatus status) {
        return new TimelineEntry(id(name), Instant.parse(at), null, kind, text, source, provenance, status, false,
                false);
    }

    /**
     * Identified before impact started; no detection; an entry with no kind; a time the importer doubted; a
     * status page saying resolved while the error rate is still high; impact starting again after that; an entry a
     * year away; no root cause; an action item with neither owner nor due date and one that is overdue.
     */
    public static Incident incident() {
        List<TimelineEntry> entries = List.of(
                entry("identified-early", "2025-03-04T08:50:00Z", EntryKind.IDENTIFIED,
                        "Bad index on the orders table found", EntrySource.MANUAL, null, null),
                entry("impact", "2025-03-04T09:00:00Z", EntryKind.IMPACT_STARTED,
                        "Order errors climb", EntrySource.MANUAL, null, null),
                entry("no-kind", "2025-03-04T09:20:00Z", null, "Someone mentions the batch job",
                        EntrySource.MANUAL, null, null),
                entry("typo", "2025-03-04T09:05:00Z", EntryKind.ACTION, "Batch job paused",
                        EntrySource.REPORT, Provenance.ofLine("notes.md", 9).withDoubt(
                                "the time 09:05 is earlier than the time before it on 2025-03-04"), null),
                entry("resolved-post", "2025-03-04T10:00:00Z", null, "This incident has been resolved.",
                        EntrySource.STATUS_PAGE, Provenance.ofPath("status.json", "$.incident_updates[0]"),
                        PostStatus.RESOLVED),
                entry("impact-again", "2025-03-04T10:40:00Z", EntryKind.IMPACT_STARTED,
                        "Errors come back", EntrySource.MANUAL, null, null),
                entry("year-off", "2024-03-04T10:45:00Z", EntryKind.NOTE, "Cache flushed",
                        EntrySource.MANUAL, null, null));
        RcaDocument rca = RcaDocument.EMPTY.withActionItems(List.of(
                new ActionItem(id("unowned"), "Add an index check to the migration review", null, Priority.P2,
                        null, ActionStatus.OPEN, null, null),
                new ActionItem(id("overdue"), "Alert on order error ratio", "Mia", Priority.P1,
                        LocalDate.of(2025, 3, 14), ActionStatus.IN_PROGRESS, null, null),
                new ActionItem(id("done"), "Drop the bad index", null, null, null, ActionStatus.DONE, null, null)));
        return new Incident(id("planted"), "Order errors after a migration", Severity.SEV2, ReviewStatus.DRAFT,
                ZoneId.of("UTC"), List.of("orders"), entries, List.of(errorRate()), rca, Map.of());
    }

    /** Around 1 % before impact, 9 % at the worst, still 6 % when the status page says resolved at 10:00. */
    public static MetricSeries errorRate() {
        long start = Instant.parse("2025-03-04T08:00:00Z").toEpochMilli();
        double[] values = {1.0, 1.2, 0.9, 1.1, 1.0, 1.1, 4.0, 9.0, 8.0, 7.0, 6.5, 6.0, 6.2, 6.1, 2.0, 1.0};
        long[] timestamps = new long[values.length];
        for (int index = 0; index < values.length; index++) {
            timestamps[index] = start + index * 10 * 60_000L;
        }
        return new MetricSeries(id("error-rate"), "order error rate", "%", timestamps, values);
    }
}
