package dev.aftermath.timeline;

import java.util.List;
import java.util.UUID;

/**
 * Where an entry's marker and label, or a cluster's badge, were drawn: what a pointer at (x, y) points to.
 *
 * @param entryIds one entry, or the entries hidden behind a "+n" badge
 */
public record EntryHit(List<UUID> entryIds, double x, double y, double width, double height) {

    public EntryHit {
        entryIds = List.copyOf(entryIds);
    }

    public boolean contains(double pointX, double pointY) {
        return pointX >= x && pointX <= x + width && pointY >= y && pointY <= y + height;
    }
}
