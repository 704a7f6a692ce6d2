package dev.aftermath.workspace;

import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which files given together tell one incident. Each file that holds exactly one incident spans the time
 * from its earliest to its latest entry or metric point; files whose spans overlap, or lie within {@link #SLACK}
 * of each other, are one incident. So a report, its status posts and its metrics become one incident, while two
 * reports of outages on different days stay two. Files with no time at all join the others when those make one
 * incident, and stand alone otherwise.
 */
final class IncidentGrouping {

    /** Metrics exported for the hour before an outage still belong to it. */
    static final Duration SLACK = Duration.ofHours(2);

    private IncidentGrouping() {
    }

    private record Span(int index, long from, long to) {
    }

    /** Groups of indexes into {@code incidents}: each in index order, the groups in order of their first index. */
    static List<List<Integer>> group(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        List<Span> timed = new ArrayList<>();
        List<Integer> timeless = new ArrayList<>();
        for (int index = 0; index < incidents.size(); index++) {
            Span span = span(index, incidents.get(index));
            if (span == null) {
                timeless.add(index);
            } else {
                timed.add(span);
            }
        }
        List<List<Integer>> groups = overlapping(timed);
        if (groups.size() <= 1) {
            List<Integer> all = new ArrayList<>(groups.isEmpty() ? List.of() : groups.get(0));
            all.addAll(timeless);
            groups = List.of(all);
        } else {
            for (int index : timeless) {
                groups.add(List.of(index));
            }
        }
        List<List<Integer>> ordered = new ArrayList<>();
        for (List<Integer> group : groups) {
            ordered.add(group.stream().sorted().toList());
        }
        ordered.sort(Comparator.comparing(group -> group.get(0)));
        return ordered;
    }

    private static List<List<Integer>> overlapping(List<Span> timed) {
        List<Span> byStart = timed.stream().sorted(Comparator.comparingLong(Span::from)).toList();
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> current = null;
        long currentEnd = Long.MIN_VALUE;
        for (Span span : byStart) {
            if (current == null || span.from() > currentEnd + SLACK.toMillis()) {
                current = new ArrayList<>();
                groups.add(current);
                currentEnd = span.to();
            }
            current.add(span.index());
            currentEnd = Math.max(currentEnd, span.to());
        }
        return groups;
    }

    /** The incident's earliest and latest time, or null when it holds none. */
    private static Span span(int index, Incident incident) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (TimelineEntry entry : incident.entries()) {
            from = Math.min(from, entry.at().toEpochMilli());
            to = Math.max(to, (entry.end() == null ? entry.at() : entry.end()).toEpochMilli());
        }
        for (MetricSeries series : incident.series()) {
            for (long millis : series.timestamps()) {
                from = Math.min(from, millis);
                to = Math.max(to, millis);
            }
        }
        return from == Long.MAX_VALUE ? null : new Span(index, from, to);
    }
}
