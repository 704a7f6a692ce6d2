package dev.aftermath.timeline;

import java.util.Map;
import java.util.UUID;

/**
 * One frame to paint: the picture's size, its theme, the visible time window and the interactive state.
 *
 * @param scale the visible time window, or null to fit the whole incident; only its window counts, the renderer
 *              maps it onto its own plot area (the scale it used comes back in {@link PaintedTimeline#scale()})
 * @param cursorMillis where the cursor line and its readout go, or null for none
 * @param selected the entry drawn as selected, or null
 * @param thresholds a threshold line per series id, as the user set it; empty for none
 */
public record TimelineFrame(double width, double height, Theme theme, TimeScale scale, Long cursorMillis,
                            UUID selected, Map<UUID, Double> thresholds) {

    public TimelineFrame {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    public static TimelineFrame picture(double width, double height, Theme theme) {
        return new TimelineFrame(width, height, theme, null, null, null, Map.of());
    }

    public TimelineFrame withScale(TimeScale newScale) {
        return new TimelineFrame(width, height, theme, newScale, cursorMillis, selected, thresholds);
    }

    public TimelineFrame withCursor(Long newCursorMillis) {
        return new TimelineFrame(width, height, theme, scale, newCursorMillis, selected, thresholds);
    }

    public TimelineFrame withSelected(UUID newSelected) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, newSelected, thresholds);
    }

    public TimelineFrame withThresholds(Map<UUID, Double> newThresholds) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, selected, newThresholds);
    }
}
