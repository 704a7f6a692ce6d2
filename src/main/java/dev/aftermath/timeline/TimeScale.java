package dev.aftermath.timeline;

import java.time.Instant;

/**
 * Maps epoch milliseconds to x pixels and back over a plot area: {@code x = left + (millis - startMillis) / millisPerPixel}.
 * Immutable; zooming and panning make a new scale. The start is a double so that repeated zooming stays smooth.
 *
 * @param startMillis the instant at the plot's left edge, in epoch milliseconds
 * @param millisPerPixel how much time one pixel column covers; positive
 * @param left the plot area's left edge in pixels
 * @param width the plot area's width in pixels; positive
 */
public record TimeScale(double startMillis, double millisPerPixel, double left, double width) {

    /** Below this a pixel column would split a millisecond, the model's precision: zooming further shows nothing. */
    public static final double MIN_MILLIS_PER_PIXEL = 1.0 / 100;
    /** Ten years across a screen is far beyond any incident: the bound keeps arithmetic far from overflow. */
    public static final double MAX_MILLIS_PER_PIXEL = 3.6e9;

    public TimeScale {
        if (!(millisPerPixel > 0) || !(width > 0)) {
            throw new IllegalArgumentException("a time scale needs a positive resolution and width");
        }
        millisPerPixel = Math.max(MIN_MILLIS_PER_PIXEL, Math.min(MAX_MILLIS_PER_PIXEL, millisPerPixel));
    }

    /**
     * A scale showing {@code from} to {@code to} with a margin of {@code padding} (a fraction of the span) on each
     * side. An empty span (one instant) is shown as a minute around it.
     */
    public static TimeScale fit(long from, long to, double padding, double left, double width) {
        long lo = Math.min(from, to);
        long hi = Math.max(from, to);
        double span = Math.max(hi - lo, 60_000L);
        double centre = lo + (hi - lo) / 2.0;
        double padded = span * (1 + 2 * padding);
        return new TimeScale(centre - padded / 2, padded / width, left, width);
    }

    public double right() {
        return left + width;
    }

    public double endMillis() {
        return startMillis + width * millisPerPixel;
    }

    public double x(long millis) {
        return left + (millis - startMillis) / millisPerPixel;
    }

    public double x(Instant instant) {
        return x(instant.toEpochMilli());
    }

    public double millisAt(double x) {
        return startMillis + (x - left) * millisPerPixel;
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the instant under {@code anchorX} where it is. */
    public TimeScale zoom(double factor, double anchorX) {
        double anchorMillis = millisAt(anchorX);
        double newResolution = Math.max(MIN_MILLIS_PER_PIXEL, Math.min(MAX_MILLIS_PER_PIXEL, millisPerPixel / factor));
        return new TimeScale(anchorMillis - (anchorX - left) * newResolution, newResolution, left, width);
    }

    /** Moves the content {@code dx} pixels to the right, as a drag does. */
    public TimeScale pan(double dx) {
        return new TimeScale(startMillis - dx * millisPerPixel, millisPerPixel, left, width);
    }

    /** The same time window over a different plot area, as when the view is resized. */
    public TimeScale withArea(double newLeft, double newWidth) {
        return new TimeScale(startMillis, millisPerPixel * width / newWidth, newLeft, newWidth);
    }

    public boolean isVisible(long millis) {
        return millis >= startMillis && millis <= endMillis();
    }
}
