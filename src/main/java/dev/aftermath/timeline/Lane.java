package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.List;

/**
 * One lane of the timeline with its entries in time order and their labels, worked out once rather than on every
 * frame.
 */
public record Lane(LaneKind kind, List<TimelineEntry> entries, List<String> labels) {

    public Lane {
        entries = List.copyOf(entries);
        labels = List.copyOf(labels);
        if (labels.size() != entries.size()) {
            throw new IllegalArgumentException("a label per entry: " + labels.size() + " for " + entries.size());
        }
    }

    public Lane(LaneKind kind, List<TimelineEntry> entries) {
        this(kind, entries, entries.stream().map(LanePainter::label).toList());
    }
}
