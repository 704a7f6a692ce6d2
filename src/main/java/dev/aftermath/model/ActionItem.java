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
}
