package dev.aftermath.importing;

import dev.aftermath.model.Incident;
import java.util.List;

/**
 * What one source holds.
 *
 * @param incidents one per incident found (a feed may hold many); fields the source does not know are left at
 *                  their defaults (empty title, no severity, UTC zone, empty RCA)
 * @param carriesIdentity true when the incidents' ids are meaningful and must be kept (a bundle), false when the
 *                        ids are fresh and the incidents may be merged into another one
 */
public record ImportResult(List<Incident> incidents, boolean carriesIdentity, List<ImportWarning> warnings) {

    public ImportResult {
        incidents = List.copyOf(incidents);
        warnings = List.copyOf(warnings);
    }
}
