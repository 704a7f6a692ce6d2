package dev.aftermath.workspace;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.model.Incident;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an import read, planned into the incidents it would store, and nothing stored yet. The desktop shows
 * it in the import preview and may edit the incidents (kinds, left-out entries) before storing exactly that.
 *
 * @param sources the sources in the order given, each with the format it was read in
 * @param incidents the incidents to create: one per bundle incident (with its id), one per group of files that
 *                  belong to one incident, one per incident of a file that holds several
 * @param keptIds the ids of {@code incidents} that come from bundles and must stay as they are
 * @param warnings every source's warnings, in source order
 */
public record ParsedImport(List<ReadSource> sources, List<Incident> incidents, Set<UUID> keptIds,
                           List<ImportWarning> warnings) {

    public ParsedImport {
        sources = List.copyOf(sources);
        incidents = List.copyOf(incidents);
        keptIds = Set.copyOf(keptIds);
        warnings = List.copyOf(warnings);
    }

    /** True when every source is a bundle: nothing to review, the incidents are stored as they were written. */
    public boolean onlyBundles() {
        return !incidents.isEmpty() && incidents.stream().allMatch(incident -> keptIds.contains(incident.id()));
    }

    /** The name of the source that holds a kept incident: the bundle it was read from. */
    public String sourceOf(UUID keptId) {
        return sources.stream()
                .filter(read -> read.result().carriesIdentity()
                        && read.result().incidents().stream().anyMatch(incident -> incident.id().equals(keptId)))
                .map(ReadSource::name)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source holds incident " + keptId));
    }

    /** The same import with edited incidents, for example with entries left out or kinds changed. */
    public ParsedImport withIncidents(List<Incident> edited) {
        return new ParsedImport(sources, edited, keptIds, warnings);
    }
}
