package dev.aftermath.timeline;

import dev.aftermath.analysis.DurationWords;
import java.time.Duration;
import java.time.Instant;

/** A phase with its two ends and the text written on it, such as {@code undetected 32 min}. */
public record PhaseBand(Phase phase, Instant start, Instant end) {

    public Duration duration() {
        return Duration.between(start, end);
    }

    public String text() {
        return phase.label() + " " + DurationWords.of(duration());
    }
}
