package dev.aftermath.app.timeline;

import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.TimeWindow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tab and Shift+Tab on the timeline: the entry after (or before) the selected one, in time order, round the end. */
final class EntrySteps {

    private EntrySteps() {
    }

    /**
     * With nothing selected, the first entry in view going forward, the last one in view going back.
     *
     * @param entries in time order
     * @param shown the visible window, or null
     */
    static Optional<TimelineEntry> next(List<TimelineEntry> entries, UUID selected, TimeWindow shown,
                                        boolean forward) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        int current = indexOf(entries, selected);
        int next = current >= 0 ? Math.floorMod(current + (forward ? 1 : -1), entries.size())
                : forward ? firstInView(entries, shown) : lastInView(entries, shown);
        return Optional.of(entries.get(next));
    }

    private static int indexOf(List<TimelineEntry> entries, UUID id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstInView(List<TimelineEntry> entries, TimeWindow shown) {
        for (int i = 0; shown != null && i < entries.size(); i++) {
            if (entries.get(i).at().toEpochMilli() >= shown.start()) {
                return i;
            }
        }
        return 0;
    }

    private static int lastInView(List<TimelineEntry> entries, TimeWindow shown) {
        for (int i = entries.size() - 1; shown != null && i >= 0; i--) {
            if (entries.get(i).at().toEpochMilli() <= shown.end()) {
                return i;
            }
        }
        return entries.size() - 1;
    }
}
