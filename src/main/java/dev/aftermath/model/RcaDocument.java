package dev.aftermath.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The written review. Text sections hold Markdown; list sections hold one Markdown string per item. Never null
 * fields: an unwritten text is "" and an unwritten list is empty.
 */
public record RcaDocument(String summary, String impact, String rootCause, List<String> contributingFactors,
                          List<String> wentWell, List<String> couldBeBetter, List<String> gotLucky,
                          List<String> lessons, List<ActionItem> actionItems) {

    public static final RcaDocument EMPTY =
            new RcaDocument("", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public RcaDocument {
        summary = summary == null ? "" : summary;
        impact = impact == null ? "" : impact;
        rootCause = rootCause == null ? "" : rootCause;
        contributingFactors = copy(contributingFactors);
        wentWell = copy(wentWell);
        couldBeBetter = copy(couldBeBetter);
        gotLucky = copy(gotLucky);
        lessons = copy(lessons);
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    private static List<String> copy(List<String> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** True when nobody has written in the section: a blank text or no points. */
    public boolean isEmpty(ReviewSection section) {
        return section.isList() ? items(section).isEmpty() : text(section).isBlank();
    }

    /** The Markdown of a text section. */
    public String text(ReviewSection section) {
        return switch (section) {
            case SUMMARY -> summary;
            case IMPACT -> impact;
            case ROOT_CAUSE -> rootCause;
            default -> throw new IllegalArgumentException(section + " is a list section");
        };
    }

    public RcaDocument withText(ReviewSection section, String markdown) {
        return switch (section) {
            case SUMMARY -> new RcaDocument(markdown, impact, rootCause, contributingFactors, wentWell,
                    couldBeBetter, gotLucky, lessons, actionItems);
            case IMPACT -> new RcaDocument(summary, markdown, rootCause, contributingFactors, wentWell,
                    couldBeBetter, gotLucky, lessons, actionItems);
            case ROOT_CAUSE -> new RcaDocument(summary, impact, markdown, contributingFactors, wentWell,
                    couldBeBetter, gotLucky, lessons, actionItems);
            default -> throw new IllegalArgumentException(section + " is a list section");
        };
    }

    /** The points of a list section. */
    public List<String> items(ReviewSection section) {
        return switch (section) {
            case CONTRIBUTING_FACTORS -> contributingFactors;
            case WENT_WELL -> wentWell;
            case COULD_BE_BETTER -> couldBeBetter;
            case GOT_LUCKY -> gotLucky;
            case LESSONS -> lessons;
            default -> throw new IllegalArgumentException(section + " is a text section");
        };
    }

    public RcaDocument withItems(ReviewSection section, List<String> items) {
        if (!section.isList()) {
            throw new IllegalArgumentException(section + " is a text section");
        }
        List<String> factors = section == ReviewSection.CONTRIBUTING_FACTORS ? items : contributingFactors;
        List<String> well = section == ReviewSection.WENT_WELL ? items : wentWell;
        List<String> better = section == ReviewSection.COULD_BE_BETTER ? items : couldBeBetter;
        List<String> lucky = section == ReviewSection.GOT_LUCKY ? items : gotLucky;
        List<String> learned = section == ReviewSection.LESSONS ? items : lessons;
        return new RcaDocument(summary, impact, rootCause, factors, well, better, lucky, learned, actionItems);
    }

    public RcaDocument withActionItems(List<ActionItem> items) {
        return new RcaDocument(summary, impact, rootCause, contributingFactors, wentWell, couldBeBetter, gotLucky,
                lessons, items);
    }

    /** Replaces the action item with the same id, or appends it when there is none. */
    public RcaDocument withActionItem(ActionItem item) {
        List<ActionItem> items = new ArrayList<>(actionItems);
        int index = indexOfAction(item.id());
        if (index < 0) {
            items.add(item);
        } else {
            items.set(index, item);
        }
        return withActionItems(items);
    }

    public RcaDocument withoutActionItem(UUID id) {
        return withActionItems(actionItems.stream().filter(item -> !item.id().equals(id)).toList());
    }

    private int indexOfAction(UUID id) {
        for (int index = 0; index < actionItems.size(); index++) {
            if (actionItems.get(index).id().equals(id)) {
                return index;
            }
        }
        return -1;
    }
}
