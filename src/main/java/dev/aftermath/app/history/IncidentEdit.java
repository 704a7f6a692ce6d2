package dev.aftermath.app.history;

import dev.aftermath.model.Incident;
import java.util.Objects;

/**
 * Replaces one state of an incident by another. Because incidents are immutable values, undo is writing back the
 * value before: no inverse operation to get wrong. A null side means the incident does not exist there, which makes
 * creating and deleting incidents undoable the same way.
 */
public final class IncidentEdit implements Edit {

    private final String description;
    private final Incident before;
    private final Incident after;
    private final IncidentWriter writer;

    private IncidentEdit(String description, Incident before, Incident after, IncidentWriter writer) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("an edit needs an incident before or after it");
        }
        this.description = Objects.requireNonNull(description, "description");
        this.before = before;
        this.after = after;
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    public static IncidentEdit change(String description, Incident before, Incident after, IncidentWriter writer) {
        return new IncidentEdit(description, Objects.requireNonNull(before), Objects.requireNonNull(after), writer);
    }

    public static IncidentEdit create(String description, Incident created, IncidentWriter writer) {
        return new IncidentEdit(description, null, Objects.requireNonNull(created), writer);
    }

    public static IncidentEdit delete(String description, Incident deleted, IncidentWriter writer) {
        return new IncidentEdit(description, Objects.requireNonNull(deleted), null, writer);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute() {
        show(after, before);
    }

    @Override
    public void undo() {
        show(before, after);
    }

    private void show(Incident target, Incident other) {
        if (target == null) {
            writer.remove(other.id());
        } else {
            writer.write(target);
        }
    }
}
