package dev.aftermath.timeline;

import java.util.List;

/**
 * What a painted frame looks like to a pointer: the scale used and the entries' hit boxes, top-most last.
 *
 * @param plotTop the top of the area under the axis where entries and metrics are drawn
 */
public record PaintedTimeline(TimeScale scale, double plotTop, double plotBottom, List<EntryHit> hits) {

    public PaintedTimeline {
        hits = List.copyOf(hits);
    }
}
