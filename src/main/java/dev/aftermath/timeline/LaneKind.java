package dev.aftermath.timeline;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.TimelineEntry;

/** The lanes entries are grouped into, in the order they are drawn from the top. */
public enum LaneKind {
    KEY_EVENTS("Key events"),
    STATUS_PAGE("Status page"),
    REPORT("Report"),
    ACTIONS("Actions"),
    NOTES("Notes");

    private final String title;

    LaneKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /**
     * The lane an entry belongs in. What was told to customers goes with the status page whatever its kind; an
     * action is an action wherever it was written; unclassified entries are notes; the rest goes by source, so the
     * report's account stays apart from the key events recorded by hand or found in metrics.
     */
    public static LaneKind of(TimelineEntry entry) {
        if (entry.source() == EntrySource.STATUS_PAGE || entry.status() != null) {
            return STATUS_PAGE;
        }
        if (entry.kind() == EntryKind.ACTION) {
            return ACTIONS;
        }
        if (entry.kind() == null || entry.kind() == EntryKind.NOTE) {
            return NOTES;
        }
        return entry.source() == EntrySource.REPORT ? REPORT : KEY_EVENTS;
    }
}
