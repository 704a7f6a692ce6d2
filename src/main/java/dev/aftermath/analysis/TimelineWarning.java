package dev.aftermath.analysis;

import dev.aftermath.model.Milestone;
import java.util.UUID;

/**
 * Something about the timeline a reviewer should look at before the review. A warning, never an error: the user
 * decides.
 *
 * @param entryId the entry to jump to, or null when the warning is about the incident as a whole
 * @param milestone the milestone the warning is about, or null
 */
public record TimelineWarning(Check check, String message, UUID entryId, Milestone milestone) {

    public TimelineWarning(Check check, String message, UUID entryId) {
        this(check, message, entryId, null);
    }

    public enum Check {
        MILESTONES_OUT_OF_ORDER, NO_IMPACT_START, NO_DETECTION, RESOLVED_BEFORE_IMPACT, ENTRY_FAR_OUTSIDE,
        ENTRY_WITHOUT_KIND, DOUBTFUL_TIME, RESOLVED_WHILE_METRIC_DEPARTED
    }
}
