package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.Arrays;
import java.util.List;

/**
 * One lane of the timeline with its entries in time order and their labels, worked out once rather than on every
 * frame. Immutable.
 */
public final class Lane {

    private final LaneKind kind;
    private final List<TimelineEntry> entries;
    private final List<String> labels;
    /** The entries' times in epoch milliseconds: a frame finds the entries in view without touching the others. */
    private final long[] times;

    public Lane(LaneKind kind, List<TimelineEntry> entries, List<String> labels) {
        this.kind = kind;
        this.entries = List.copyOf(entries);
        this.labels = List.copyOf(labels);
        if (labels.size() != entries.size()) {
            throw new IllegalArgumentException("a label per entry: " + labels.size() + " for " + entries.size());
        }
        this.times = this.entries.stream().mapToLong(entry -> entry.at().toEpochMilli()).toArray();
        for (int i = 1; i < times.length; i++) {
            if (times[i] < times[i - 1]) {
                throw new IllegalArgumentException("entries in time order");
            }
        }
    }

    public Lane(LaneKind kind, List<TimelineEntry> entries) {
        this(kind, entries, entries.stream().map(LanePainter::label).toList());
    }

    public LaneKind kind() {
        return kind;
    }

    public List<TimelineEntry> entries() {
        return entries;
    }

    public List<String> labels() {
        return labels;
    }

    /** The time of entry {@code index}, in epoch milliseconds. */
    long millis(int index) {
        return times[index];
    }

    /** The index of the first entry at or after {@code millis}; the number of entries when there is none. */
    int indexAtOrAfter(double millis) {
        long bound = (long) Math.ceil(millis);
        int index = Arrays.binarySearch(times, bound);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && times[index - 1] == bound) {
            index--;
        }
        return index;
    }
}
