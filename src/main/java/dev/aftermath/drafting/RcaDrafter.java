package dev.aftermath.drafting;

import dev.aftermath.model.Incident;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewSection;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts the review from the evidence. It states only what the incident records, each fact with its source, and
 * writes nothing where the facts are missing; {@link #fillEmpty} never overwrites what a person wrote.
 */
public final class RcaDrafter {

    /** The sections a draft writes, in document order. */
    public static final List<ReviewSection> DRAFTED = List.of(ReviewSection.SUMMARY, ReviewSection.IMPACT);

    private RcaDrafter() {
    }

    public static RcaDraft draft(Incident incident) {
        DraftContext context = new DraftContext(incident);
        return new RcaDraft(SummaryDraft.write(context), ImpactDraft.write(context), NarrativeDraft.write(context));
    }

    /** The document with the draft written into every drafted section that is still empty. */
    public static RcaDocument fillEmpty(RcaDocument document, RcaDraft draft) {
        RcaDocument filled = document;
        for (ReviewSection section : DRAFTED) {
            String text = section == ReviewSection.SUMMARY ? draft.summary() : draft.impact();
            if (filled.isEmpty(section) && !text.isBlank()) {
                filled = filled.withText(section, text);
            }
        }
        return filled;
    }

    /** The sections {@link #fillEmpty} would write into. */
    public static List<ReviewSection> fillable(RcaDocument document, RcaDraft draft) {
        RcaDocument filled = fillEmpty(document, draft);
        List<ReviewSection> sections = new ArrayList<>();
        for (ReviewSection section : DRAFTED) {
            if (!filled.text(section).equals(document.text(section))) {
                sections.add(section);
            }
        }
        return sections;
    }
}
