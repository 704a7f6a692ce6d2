package dev.aftermath.analysis;

import dev.aftermath.analysis.ReviewFinding.AtActionItem;
import dev.aftermath.analysis.ReviewFinding.AtEntry;
import dev.aftermath.analysis.ReviewFinding.AtMilestone;
import dev.aftermath.analysis.ReviewFinding.AtSection;
import dev.aftermath.analysis.ReviewFinding.Check;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks before a review: the timeline's ({@link TimelineChecks}), then the written document's: a root cause
 * nobody wrote, and action items that nobody owns, that have no due date, or that are overdue.
 */
public final class ReviewChecks {

    private ReviewChecks() {
    }

    /** @param today the user's date, against which due dates are overdue */
    public static List<ReviewFinding> check(Incident incident, LocalDate today) {
        List<ReviewFinding> findings = new ArrayList<>();
        for (TimelineWarning warning : TimelineChecks.check(incident)) {
            findings.add(new ReviewFinding(Check.of(warning.check()), warning.message(), where(warning)));
        }
        if (incident.rca().isEmpty(ReviewSection.ROOT_CAUSE)) {
            findings.add(new ReviewFinding(Check.EMPTY_ROOT_CAUSE,
                    "The root cause is not written yet.", new AtSection(ReviewSection.ROOT_CAUSE)));
        }
        for (ActionItem item : incident.rca().actionItems()) {
            checkAction(item, today, findings);
        }
        return List.copyOf(findings);
    }

    private static ReviewFinding.Where where(TimelineWarning warning) {
        if (warning.entryId() != null) {
            return new AtEntry(warning.entryId());
        }
        return warning.milestone() == null ? null : new AtMilestone(warning.milestone());
    }

    /** Done and dropped items need neither owner nor date any more. */
    private static void checkAction(ActionItem item, LocalDate today, List<ReviewFinding> findings) {
        if (!item.isPending()) {
            return;
        }
        String name = TimelineChecks.quote(item.text().isBlank() ? "untitled" : item.text());
        AtActionItem where = new AtActionItem(item.id());
        if (!item.hasOwner() || item.due() == null) {
            String missing = !item.hasOwner() && item.due() == null ? "no owner and no due date"
                    : item.hasOwner() ? "no due date" : "no owner";
            findings.add(new ReviewFinding(Check.ACTION_WITHOUT_OWNER_OR_DUE_DATE,
                    "Action item " + name + " has " + missing + ".", where));
        }
        if (item.isOverdue(today)) {
            findings.add(new ReviewFinding(Check.ACTION_OVERDUE,
                    "Action item " + name + " was due on " + item.due() + " and is still "
                            + item.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".",
                    where));
        }
    }
}
