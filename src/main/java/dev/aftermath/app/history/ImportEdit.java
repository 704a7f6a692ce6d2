package dev.aftermath.app.history;

import dev.aftermath.model.Incident;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import as one step of the history: the incidents it created are removed by Undo, the ones it changed (the
 * incident imported into, one an incident file replaced) get their value from before. Without this step, undoing
 * an earlier edit of an incident imported into would write back a value without the imported entries.
 */
public final class ImportEdit implements Edit {

    private final String description;
    private final List<Incident> stored;
    private final Map<UUID, Incident> replaced;
    private final IncidentWriter writer;

    /**
     * @param stored the incidents as the import stored them
     * @param replaced the value before the import of each stored incident that existed
     */
    public ImportEdit(String description, List<Incident> stored, Map<UUID, Incident> replaced,
                      IncidentWriter writer) {
        this.description = description;
        this.stored = List.copyOf(stored);
        this.replaced = Map.copyOf(replaced);
        this.writer = writer;
    }

    @Override
    public String description() {
        return description;
    }

    /** Shows what was stored; writing it again costs little, as stored series are never rewritten. */
    @Override
    public void execute() {
        stored.forEach(writer::write);
    }

    @Override
    public void undo() {
        for (int index = stored.size() - 1; index >= 0; index--) {
            Incident after = stored.get(index);
            Incident before = replaced.get(after.id());
            if (before == null) {
                writer.remove(after.id());
            } else {
                writer.write(before);
            }
        }
    }
}
