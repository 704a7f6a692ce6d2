package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Milestone;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A labelled vertical line for a milestone.
 *
 * @param pinned true when the user chose the instant, drawn solid; derived ones are drawn dashed
 */
public record MilestoneMarker(Milestone milestone, Instant at, boolean pinned) {

    /** Every effective milestone in time order (ties in the milestones' natural order). */
    public static List<MilestoneMarker> of(IncidentMilestones milestones) {
        return milestones.effective().values().stream()
                .sorted(Comparator.comparing(MilestoneValue::at).thenComparing(MilestoneValue::milestone))
                .map(value -> new MilestoneMarker(value.milestone(), value.at(), value.pinned()))
                .toList();
    }

    public String label() {
        return label(milestone);
    }

    public static String label(Milestone milestone) {
        return milestone.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
