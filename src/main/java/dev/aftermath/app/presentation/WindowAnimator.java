package dev.aftermath.app.presentation;

import dev.aftermath.timeline.TimeWindow;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;

/**
 * Moves a timeline's visible window to a new one over a fraction of a second, zooming geometrically and easing in
 * and out, so the room can follow where the story went. A new target during a move starts from where it is.
 */
final class WindowAnimator extends AnimationTimer {

    static final long DURATION_NANOS = 750_000_000L;

    private final ObjectProperty<TimeWindow> window;
    private TimeWindow from;
    private TimeWindow to;
    private long started = -1;

    WindowAnimator(ObjectProperty<TimeWindow> window) {
        this.window = window;
    }

    void moveTo(TimeWindow target) {
        if (window.get() == null || target == null) {
            window.set(target);
            return;
        }
        from = window.get();
        to = target;
        started = -1;
        start();
    }

    @Override
    public void handle(long now) {
        if (started < 0) {
            started = now;
        }
        double t = Math.min(1, (now - started) / (double) DURATION_NANOS);
        double eased = t * t * (3 - 2 * t);
        window.set(t >= 1 ? to : from.towards(to, eased));
        if (t >= 1) {
            stop();
        }
    }

    /** Ends a move at once, at its target. */
    void finish() {
        if (to != null) {
            window.set(to);
        }
        stop();
    }
}
