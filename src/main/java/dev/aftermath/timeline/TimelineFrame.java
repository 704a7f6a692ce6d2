package dev.aftermath.timeline;

import java.util.UUID;

/**
 * One frame to paint: the picture's size, its theme, the visible time window and the interactive state.
 *
 * @param scale the visible window, or null to fit the whole incident
 * @param cursorMillis where the cursor line and its readout go, or null for none
 * @param selected the entry drawn as selected, or null
 */
public record TimelineFrame(double width, double height, Theme theme, TimeScale scale, Long cursorMillis,
                            UUID selected) {

    public static TimelineFrame picture(double width, double height, Theme theme) {
        return new TimelineFrame(width, height, theme, null, null, null);
    }

    public TimelineFrame withScale(TimeScale newScale) {
        return new TimelineFrame(width, height, theme, newScale, cursorMillis, selected);
    }
}
