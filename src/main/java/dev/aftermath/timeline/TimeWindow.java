package dev.aftermath.timeline;

/**
 * The stretch of time a view shows, in epoch milliseconds, independent of any pixels: what the screen keeps while
 * it is resized, zoomed and panned. Fractional milliseconds keep repeated zooming smooth. Immutable.
 */
public record TimeWindow(double start, double end) {

    /** Closer than this a view would show one millisecond, the model's precision, across a whole screen. */
    public static final double MIN_SPAN = 1_000;

    public TimeWindow {
        if (!(end > start) || !Double.isFinite(start) || !Double.isFinite(end)) {
            throw new IllegalArgumentException("a time window ends after it starts: " + start + " to " + end);
        }
    }

    public static TimeWindow of(TimeScale scale) {
        return new TimeWindow(scale.startMillis(), scale.endMillis());
    }

    /** The window from {@code from} to {@code to} with {@code padding} (a share of the span) on either side. */
    public static TimeWindow around(long from, long to, double padding) {
        TimeScale fit = TimeScale.fit(from, to, padding, 0, 1000);
        return of(fit);
    }

    public double span() {
        return end - start;
    }

    public double centre() {
        return (start + end) / 2;
    }

    /** The scale that shows this window over a plot area. */
    public TimeScale scale(double left, double width) {
        return new TimeScale(start, span() / width, left, width);
    }

    /**
     * Zooms by {@code factor} (above 1 zooms in) keeping {@code anchor} where it is on screen; the span stays
     * between {@link #MIN_SPAN} and {@code maxSpan}.
     */
    public TimeWindow zoom(double factor, double anchor, double maxSpan) {
        double span = Math.max(MIN_SPAN, Math.min(Math.max(maxSpan, MIN_SPAN), span() / factor));
        double share = (anchor - start) / span();
        return new TimeWindow(anchor - share * span, anchor - share * span + span);
    }

    /** Moves the window later by {@code millis} (earlier when negative). */
    public TimeWindow pan(double millis) {
        return new TimeWindow(start + millis, end + millis);
    }

    /** The same span with its centre at {@code millis}. */
    public TimeWindow centredOn(double millis) {
        return new TimeWindow(millis - span() / 2, millis + span() / 2);
    }

    /** Whether the instant lies inside the window, {@code margin} (a share of the span) away from either edge. */
    public boolean shows(long millis, double margin) {
        return millis >= start + margin * span() && millis <= end - margin * span();
    }

    /**
     * The window {@code t} of the way from this one to {@code target} (0 here, 1 there): the span changes
     * geometrically, so a zoom looks steady, and the centre follows in proportion.
     */
    public TimeWindow towards(TimeWindow target, double t) {
        double span = span() * Math.pow(target.span() / span(), t);
        double centre = centre() + (target.centre() - centre()) * t;
        return new TimeWindow(centre - span / 2, centre + span / 2);
    }
}
