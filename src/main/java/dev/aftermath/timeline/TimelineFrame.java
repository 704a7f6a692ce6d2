package dev.aftermath.timeline;

import java.util.UUID;

/**
 * One frame to paint: the picture's size, its theme, the visible time window and the interactive state.
 *
 * @param scale the visible time window, or null to fit the incident; only its window counts, the renderer maps it
 *              onto its own plot area (the scale it used comes back in {@link PaintedTimeline#scale()})
 * @param cursorMillis where the cursor line and its readout go, or null for none
 * @param selected the entry drawn as selected, or null
 * @param header whether the title, facts and key durations head the frame; a screen that shows them
 *               elsewhere leaves them out
 * @param suggestions whether suggested impact starts are drawn on the metric strips (on screen, where the user
 *                    can accept them; never in pictures)
 */
public record TimelineFrame(double width, double height, Theme theme, TimeScale scale, Long cursorMillis,
                            UUID selected, boolean header, boolean suggestions) {

    public static TimelineFrame picture(double width, double height, Theme theme) {
        return new TimelineFrame(width, height, theme, null, null, null, true, false);
    }

    public TimelineFrame withScale(TimeScale newScale) {
        return new TimelineFrame(width, height, theme, newScale, cursorMillis, selected, header, suggestions);
    }

    public TimelineFrame withCursor(Long newCursorMillis) {
        return new TimelineFrame(width, height, theme, scale, newCursorMillis, selected, header, suggestions);
    }

    public TimelineFrame withSelected(UUID newSelected) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, newSelected, header, suggestions);
    }

    public TimelineFrame withHeader(boolean newHeader) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, selected, newHeader, suggestions);
    }

    public TimelineFrame withSuggestions(boolean newSuggestions) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, selected, header, newSuggestions);
    }
}
