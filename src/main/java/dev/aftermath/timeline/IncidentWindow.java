package dev.aftermath.timeline;

import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The spans of an incident worth showing: its own window, and everything there is. */
final class IncidentWindow {

    /** What follows the resolution within this share of the incident's length still belongs to it. */
    static final double AFTERMATH_SHARE = 0.25;
    /** What comes before the impact within this share of the incident's length belongs to it: a trigger, a deploy. */
    static final double LEAD_SHARE = 0.5;

    private IncidentWindow() {
    }

    /**
     * From the impact's start to its resolution, stretched to what comes shortly before (a trigger, a deploy) and
     * after (a last status post, a note); without an impact start, from the earliest entry or milestone. Without a
     * resolution, every entry and milestone; without those, the metrics.
     */
    static Optional<long[]> of(Incident incident, List<MilestoneMarker> markers, Optional<Instant> impact,
                               Optional<Instant> resolved) {
        Optional<long[]> all = entriesAndMilestones(incident, markers);
        if (all.isEmpty()) {
            return extent(incident, markers);
        }
        long earliest = all.get()[0];
        if (resolved.isEmpty() || resolved.get().toEpochMilli() <= earliest) {
            return all;
        }
        long to = resolved.get().toEpochMilli();
        long from = impact.map(Instant::toEpochMilli).filter(at -> at > earliest && at < to).orElse(earliest);
        long before = from - (long) ((to - from) * LEAD_SHARE);
        long after = to + (long) ((to - from) * AFTERMATH_SHARE);
        long[] window = {from, to};
        incident.entries().forEach(entry -> stretch(window, entry.at().toEpochMilli(), last(entry), before, after));
        markers.forEach(marker -> stretch(window, marker.at().toEpochMilli(), marker.at().toEpochMilli(), before,
                after));
        return Optional.of(window);
    }

    /** Takes in what lies from {@code start} to {@code end}, as far as {@code before} and {@code after}. */
    private static void stretch(long[] window, long start, long end, long before, long after) {
        if (start < window[0] && start >= before) {
            window[0] = start;
        }
        if (end > window[1] && end <= after) {
            window[1] = end;
        }
    }

    /** Every entry and milestone, and the metrics' points; empty when there is none of these. */
    static Optional<long[]> extent(Incident incident, List<MilestoneMarker> markers) {
        long[] span = entriesAndMilestones(incident, markers).orElse(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
        for (MetricSeries series : incident.series()) {
            if (series.size() > 0) {
                span[0] = Math.min(span[0], series.timestamps()[0]);
                span[1] = Math.max(span[1], series.timestamps()[series.size() - 1]);
            }
        }
        return span[0] == Long.MAX_VALUE ? Optional.empty() : Optional.of(span);
    }

    private static Optional<long[]> entriesAndMilestones(Incident incident, List<MilestoneMarker> markers) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (TimelineEntry entry : incident.entries()) {
            from = Math.min(from, entry.at().toEpochMilli());
            to = Math.max(to, last(entry));
        }
        for (MilestoneMarker marker : markers) {
            from = Math.min(from, marker.at().toEpochMilli());
            to = Math.max(to, marker.at().toEpochMilli());
        }
        return from == Long.MAX_VALUE ? Optional.empty() : Optional.of(new long[] {from, to});
    }

    private static long last(TimelineEntry entry) {
        return (entry.end() == null ? entry.at() : entry.end()).toEpochMilli();
    }
}
