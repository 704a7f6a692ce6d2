package dev.aftermath.app.presentation;

import dev.aftermath.model.Milestone;
import java.time.Instant;
import java.util.Locale;

/**
 * A milestone as the presentation's bar shows it.
 *
 * @param number the digit that jumps to it
 * @param reached whether the presentation is at or past it
 */
public record MilestoneStop(int number, Milestone milestone, Instant at, boolean reached) {

    /** A short name, so that all of them fit on one line of large type. */
    public String label() {
        return switch (milestone) {
            case TRIGGERED -> "trigger";
            case IMPACT_STARTED -> "impact";
            case FIRST_COMMUNICATION -> "first update";
            default -> label(milestone);
        };
    }

    static String label(Milestone milestone) {
        return milestone.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
