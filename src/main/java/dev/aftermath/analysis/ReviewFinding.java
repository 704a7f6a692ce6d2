package dev.aftermath.analysis;

import dev.aftermath.model.Milestone;
import dev.aftermath.model.ReviewSection;
import java.util.UUID;

/**
 * Something to look at before the review, and where to look: a warning the user may act on or leave.
 *
 * @param where the place the problem is, for jumping to it; null when it is about the incident as a whole
 */
public record ReviewFinding(Check check, String message, Where where) {

    /** Every timeline check, then the checks of the written document. */
    public enum Check {
        MILESTONES_OUT_OF_ORDER, NO_IMPACT_START, NO_DETECTION, RESOLVED_BEFORE_IMPACT, ENTRY_FAR_OUTSIDE,
        ENTRY_WITHOUT_KIND, DOUBTFUL_TIME, RESOLVED_WHILE_METRIC_DEPARTED,
        EMPTY_ROOT_CAUSE, ACTION_WITHOUT_OWNER_OR_DUE_DATE, ACTION_OVERDUE;

        static Check of(TimelineWarning.Check check) {
            return valueOf(check.name());
        }
    }

    /** The place a finding points at. */
    public sealed interface Where permits AtEntry, AtMilestone, AtSection, AtActionItem {
    }

    public record AtEntry(UUID entryId) implements Where {
    }

    public record AtMilestone(Milestone milestone) implements Where {
    }

    public record AtSection(ReviewSection section) implements Where {
    }

    public record AtActionItem(UUID actionId) implements Where {
    }
}
