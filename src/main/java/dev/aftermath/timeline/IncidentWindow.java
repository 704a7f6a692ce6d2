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

    private IncidentWindow() {
    }

    /**
     * From the earliest entry or milestone to the resolution, stretched to what comes shortly after it (a last
     * status post, a note). Without a resolution, every entry and milestone; without those, the metrics.
     */
    static Optional<long[]> of(Incident incident, List<MilestoneMarker> markers, Optional<Instant> resolved) {
        Optional<long[]> all = entriesAndMilestones(incident, markers);
        if (all.isEmpty()) {
            return extent(incident, markers);
        }
        long from = all.get()[0];
        if (resolved.isEmpty() || resolved.get().toEpochMilli() <= from) {
            return all;
        }
        long to = resolved.get().toEpochMilli();
        long allowed = to + (long) ((to - from) * AFTERMATH_SHARE);
        for (TimelineEntry entry : incident.entries()) {
            long end = last(entry);
            if (end > to && end <= allowed) {
                to = end;
            }
        }
        for (MilestoneMarker marker : markers) {
            long at = marker.at().toEpochMilli();
            if (at > to && at <= allowed) {
                to = at;
            }
        }
        return Optional.of(new long[] {from, to});
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
