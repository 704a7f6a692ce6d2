package dev.aftermath.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A follow-up from the review. Every field but id, text and status may be null while it is being written. */
public record ActionItem(UUID id, String text, String owner, Priority priority, LocalDate due, ActionStatus status,
                         ActionType type, String link) {

    public ActionItem {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        status = status == null ? ActionStatus.OPEN : status;
    }

    public static ActionItem open(String text) {
        return new ActionItem(UUID.randomUUID(), text, null, null, null, ActionStatus.OPEN, null, null);
    }

    /** True while someone still has to do it: open or in progress. */
    public boolean isPending() {
        return status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS;
    }

    public boolean hasOwner() {
        return owner != null && !owner.isBlank();
    }

    /** Pending with a due date before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isPending() && due != null && due.isBefore(today);
    }

    public ActionItem withText(String newText) {
        return new ActionItem(id, newText, owner, priority, due, status, type, link);
    }

    public ActionItem withOwner(String newOwner) {
        return new ActionItem(id, text, newOwner, priority, due, status, type, link);
    }

    public ActionItem withPriority(Priority newPriority) {
        return new ActionItem(id, text, owner, newPriority, due, status, type, link);
    }

    public ActionItem withDue(LocalDate newDue) {
        return new ActionItem(id, text, owner, priority, newDue, status, type, link);
    }

    public ActionItem withStatus(ActionStatus newStatus) {
        return new ActionItem(id, text, owner, priority, due, newStatus, type, link);
    }

    public ActionItem withType(ActionType newType) {
        return new ActionItem(id, text, owner, priority, due, status, newType, link);
    }

    public ActionItem withLink(String newLink) {
        return new ActionItem(id, text, owner, priority, due, status, type, newLink);
    }
}
