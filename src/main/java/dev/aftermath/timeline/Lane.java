package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.List;

/** One lane of the timeline with its entries in time order. */
public record Lane(LaneKind kind, List<TimelineEntry> entries) {

    public Lane {
        entries = List.copyOf(entries);
    }
}
