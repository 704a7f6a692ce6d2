package dev.aftermath.model;

import java.util.List;

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
}
