package dev.aftermath.app.rca;

import dev.aftermath.model.ActionItem;
import java.time.LocalDate;

/** Which action items the table shows. */
public enum ActionFilter {
    ALL("All items"),
    PENDING("Open and in progress"),
    OVERDUE("Overdue"),
    NO_OWNER("Without owner"),
    CLOSED("Done or won't do");

    private final String label;

    ActionFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean accepts(ActionItem item, LocalDate today) {
        return switch (this) {
            case ALL -> true;
            case PENDING -> item.isPending();
            case OVERDUE -> item.isOverdue(today);
            case NO_OWNER -> !item.hasOwner();
            case CLOSED -> !item.isPending();
        };
    }
}
