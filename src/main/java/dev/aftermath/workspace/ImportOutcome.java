package dev.aftermath.workspace;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.model.Incident;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import stored.
 *
 * @param stored every incident created or updated, as stored, in the order of the sources
 * @param replaced for each stored incident that existed before (the one imported into, or one an incident file
 *                 replaced), its value before the import; so the desktop can undo the import
 * @param warnings lines skipped or read with doubt, to show as {@code FILE:LINE: message}
 */
public record ImportOutcome(List<Incident> stored, Map<UUID, Incident> replaced, List<ImportWarning> warnings) {

    public ImportOutcome {
        stored = List.copyOf(stored);
        replaced = Map.copyOf(replaced);
        warnings = List.copyOf(warnings);
    }

    public List<UUID> incidentIds() {
        return stored.stream().map(Incident::id).toList();
    }
}
