package dev.aftermath.workspace;

import dev.aftermath.importing.ImportWarning;
import java.util.List;
import java.util.UUID;

/**
 * What an import stored.
 *
 * @param incidentIds every incident created or updated, in the order of the sources
 * @param warnings lines skipped or read with doubt, to show as {@code FILE:LINE: message}
 */
public record ImportOutcome(List<UUID> incidentIds, List<ImportWarning> warnings) {

    public ImportOutcome {
        incidentIds = List.copyOf(incidentIds);
        warnings = List.copyOf(warnings);
    }
}
