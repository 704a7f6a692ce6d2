package dev.aftermath.analysis;

import java.util.UUID;

/**
 * Something about the timeline a reviewer should look at before the review. A warning, never an error: the user
 * decides.
 *
 * @param entryId the entry to jump to, or null when the warning is about the incident as a whole
 */
public record TimelineWarning(Check check, String message, UUID entryId) {

    public enum Check {
        MILESTONES_OUT_OF_ORDER, NO_DETECTION, RESOLVED_BEFORE_IMPACT, ENTRY_FAR_OUTSIDE
    }
}
