package dev.aftermath.timeline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a painted frame looks like to a pointer: the scale used, the entries' hit boxes (top-most last), the metric
 * strips and the suggested impact starts.
 *
 * @param plotTop the top of the area under the axis where entries and metrics are drawn
 */
public record PaintedTimeline(TimeScale scale, double plotTop, double plotBottom, List<EntryHit> hits,
                              List<StripHit> strips, List<SuggestionHit> suggestions) {

    public PaintedTimeline {
        hits = List.copyOf(hits);
        strips = List.copyOf(strips);
        suggestions = List.copyOf(suggestions);
    }

    /** Where a metric strip was drawn. */
    public record StripHit(UUID seriesId, double top, double bottom) {

        public boolean contains(double y) {
            return y >= top && y <= bottom;
        }
    }

    /** Where the badge of a suggested impact start was drawn. */
    public record SuggestionHit(ImpactSuggestion suggestion, double x, double y, double width, double height) {

        public boolean contains(double pointX, double pointY) {
            return pointX >= x && pointX <= x + width && pointY >= y && pointY <= y + height;
        }
    }

    /** The top-most entry hit at a point, if any. */
    public Optional<EntryHit> entryAt(double x, double y) {
        for (int i = hits.size() - 1; i >= 0; i--) {
            if (hits.get(i).contains(x, y)) {
                return Optional.of(hits.get(i));
            }
        }
        return Optional.empty();
    }
}
