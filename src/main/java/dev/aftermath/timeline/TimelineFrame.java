package dev.aftermath.timeline;

import java.util.UUID;

/**
 * One frame to paint: the picture's size, its theme, the visible time window and the interactive state.
 *
 * @param scale the visible time window, or null to fit the incident; only its window counts, the renderer maps it
 *              onto its own plot area (the scale it used comes back in {@link PaintedTimeline#scale()})
 * @param cursorMillis where the cursor line and its readout go, or null for none
 * @param selected the entry drawn as selected, or null
 * @param use what the frame is for, which decides what surrounds the timeline
 */
public record TimelineFrame(double width, double height, Theme theme, TimeScale scale, Long cursorMillis,
                            UUID selected, Use use) {

    /** What a frame is for. */
    public enum Use {
        /** A PNG or SVG for a document: title block, key durations and legend, nothing interactive. */
        PICTURE(true, true, false),
        /** The incident screen: the window shows the title and durations already; suggestions can be accepted. */
        SCREEN(false, true, true),
        /** Presentation mode: title and durations for the room, no legend, no suggestions. */
        PROJECTOR(true, false, false);

        private final boolean header;
        private final boolean legend;
        private final boolean suggestions;

        Use(boolean header, boolean legend, boolean suggestions) {
            this.header = header;
            this.legend = legend;
            this.suggestions = suggestions;
        }

        /** Whether the title, facts and key durations head the frame. */
        public boolean header() {
            return header;
        }

        /** Whether the key to the symbols runs along the bottom. */
        public boolean legend() {
            return legend;
        }

        /** Whether suggested impact starts are drawn on the metric strips. */
        public boolean suggestions() {
            return suggestions;
        }
    }

    public static TimelineFrame picture(double width, double height, Theme theme) {
        return new TimelineFrame(width, height, theme, null, null, null, Use.PICTURE);
    }

    public TimelineFrame withScale(TimeScale newScale) {
        return new TimelineFrame(width, height, theme, newScale, cursorMillis, selected, use);
    }

    public TimelineFrame withCursor(Long newCursorMillis) {
        return new TimelineFrame(width, height, theme, scale, newCursorMillis, selected, use);
    }

    public TimelineFrame withSelected(UUID newSelected) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, newSelected, use);
    }

    public TimelineFrame withUse(Use newUse) {
        return new TimelineFrame(width, height, theme, scale, cursorMillis, selected, newUse);
    }
}
