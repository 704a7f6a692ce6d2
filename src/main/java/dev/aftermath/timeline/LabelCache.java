package dev.aftermath.timeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The lanes' labels placed at the zoom of the latest frames ({@link LaneLabels#atZoom}), so that frames at the same
 * zoom, as while panning, place none. A few placings are kept, enough for two views of one incident at different
 * zooms (the incident screen and presentation mode) with and without a selected entry brought out of a cluster.
 * Safe to use from several threads.
 */
final class LabelCache {

    /** Zooms this close are the same zoom: panning rounds the span of a window in its last digits. */
    private static final double SAME_ZOOM = 1e-9;
    private static final int CAPACITY = 24;

    /**
     * What a placing depends on besides the lane's entries.
     *
     * @param measure the painter's class: painters measure text each with their own fonts
     * @param firstId the entry placed first, or null
     */
    record Key(int lane, double millisPerPixel, int rows, Theme theme, Class<?> measure, UUID firstId) {

        boolean matches(Key other) {
            return lane == other.lane && rows == other.rows && measure == other.measure
                    && Objects.equals(firstId, other.firstId) && theme.equals(other.theme)
                    && Math.abs(millisPerPixel / other.millisPerPixel - 1) < SAME_ZOOM;
        }
    }

    /** The most recently used first. */
    private final Deque<Placed> recent = new ArrayDeque<>();

    private record Placed(Key key, LaneLabels labels) {
    }

    synchronized LaneLabels get(Key key, Supplier<LaneLabels> place) {
        for (Iterator<Placed> it = recent.iterator(); it.hasNext(); ) {
            Placed placed = it.next();
            if (placed.key().matches(key)) {
                it.remove();
                recent.addFirst(placed);
                return placed.labels();
            }
        }
        LaneLabels labels = place.get();
        recent.addFirst(new Placed(key, labels));
        if (recent.size() > CAPACITY) {
            recent.removeLast();
        }
        return labels;
    }
}
