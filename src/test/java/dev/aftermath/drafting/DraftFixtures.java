package dev.aftermath.drafting;

import static dev.aftermath.testing.SampleIncidents.id;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** A capacity outage shaped like the seed reports (a report, copied status posts, two metric exports), in UTC. */
final class DraftFixtures {

    private static final long START = Instant.parse("2023-11-22T06:00:00Z").toEpochMilli();

    private DraftFixtures() {
    }

    private static TimelineEntry report(String at, EntryKind kind, String text, int line, boolean approximate) {
        return new TimelineEntry(id(text), Instant.parse(at), null, kind, text, EntrySource.REPORT,
                Provenance.ofLine("eu-outage.md", line), null, approximate, false);
    }

    private static TimelineEntry post(String at, PostStatus status, String text, int index) {
        return new TimelineEntry(id(text), Instant.parse(at), null, EntryKind.COMMUNICATION, text,
                EntrySource.STATUS_PAGE, Provenance.ofLine("status-page.txt", 40 - index * 4), status, false, false);
    }

    static Incident euWebOutage() {
        List<TimelineEntry> entries = List.of(
                report("2023-11-22T07:00:00Z", EntryKind.IMPACT_STARTED, "Web fleet latency begins to climb", 12,
                        true),
                report("2023-11-22T07:30:00Z", EntryKind.IMPACT_STARTED, "No web capacity left; requests queue", 12,
                        false),
                report("2023-11-22T08:02:00Z", EntryKind.DETECTED, "First paging alarm for EU web errors", 14,
                        false),
                report("2023-11-22T08:15:00Z", EntryKind.ESCALATED, "Incident commander joins", 14, false),
                post("2023-11-22T08:24:00Z", PostStatus.INVESTIGATING, "Looking into elevated EU error rates", 1),
                report("2023-11-22T08:26:00Z", EntryKind.IDENTIFIED, "Most web hosts fail their health checks", 14,
                        false),
                report("2023-11-22T08:52:00Z", EntryKind.ACTION, "Boot configuration change rolled back", 14, false),
                report("2023-11-22T09:15:00Z", EntryKind.RESOLVED, "EU web app back to normal", 14, false),
                post("2023-11-22T09:17:00Z", PostStatus.MONITORING, "Fix deployed; watching the results", 2),
                post("2023-11-22T09:25:00Z", PostStatus.RESOLVED, "Resolved: error rates are normal again", 3));
        return new Incident(id("eu-web"), "EU web app down", Severity.SEV1, ReviewStatus.DRAFT, ZoneId.of("UTC"),
                List.of("EU web app", "EU REST API"), entries, List.of(latency(), success()), RcaDocument.EMPTY,
                Map.of());
    }

    /** Every ten minutes from 06:00: about 180 ms until 07:00, 2,400 ms at the worst (08:10), normal by 09:30. */
    static MetricSeries latency() {
        return series("latency", "EU web p99 latency", "ms", 180, 175, 185, 180, 178, 182, 400, 650, 900, 1300,
                1800, 2100, 2300, 2400, 2200, 1900, 1500, 900, 400, 230, 190, 182, 180, 179, 181);
    }

    /** About 99.9 % until 07:30, down to 62 % at 08:10. */
    static MetricSeries success() {
        return series("success", "EU request success", "%", 99.9, 99.9, 99.8, 99.9, 99.9, 99.9, 99.9, 99.7, 99.8,
                97, 90, 75, 66, 62, 64, 70, 81, 92, 98, 99.5, 99.9, 99.9, 99.9, 99.9, 99.9);
    }

    private static MetricSeries series(String name, String title, String unit, double... values) {
        long[] timestamps = new long[values.length];
        for (int index = 0; index < values.length; index++) {
            timestamps[index] = START + index * 10 * 60_000L;
        }
        return new MetricSeries(id(name), title, unit, timestamps, values);
    }
}
