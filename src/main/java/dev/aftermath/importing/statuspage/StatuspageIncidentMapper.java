package dev.aftermath.importing.statuspage;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.html.HtmlText;
import dev.aftermath.importing.text.StatusLabel;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one {@link PageIncident} into an {@link Incident}.
 *
 * <p>Each update becomes a communication entry whose id is derived from the Statuspage update id, so importing the
 * same payload again yields the same entries. Updates repeated in a payload (same id) are kept once. Affected
 * services are the incident's own components first, then components only named by updates, oldest update first.
 * Impact gives severity: critical SEV1, major SEV2, minor SEV3, none SEV4; a maintenance's impact is planned work,
 * not a severity, and stays unassessed.
 */
final class StatuspageIncidentMapper {

    static final String IMPACT_STARTED_TEXT = "Impact started (start time stated on the status page)";

    private final String file;
    private final List<ImportWarning> warnings;

    StatuspageIncidentMapper(String file, List<ImportWarning> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    Incident toIncident(PageIncident incident, ZoneId pageZone) {
        List<PageUpdate> updates = distinctUpdates(incident);
        List<TimelineEntry> entries = new ArrayList<>();
        if (incident.startedAt() != null) {
            entries.add(impactStarted(incident));
        }
        updates.forEach(update -> entries.add(communication(update)));
        return Incident.create(title(incident), pageZone == null ? ZoneOffset.UTC : pageZone)
                .withSeverity(severity(incident))
                .withAffected(affected(incident, updates))
                .withEntries(entries);
    }

    private List<PageUpdate> distinctUpdates(PageIncident incident) {
        Set<String> seenIds = new HashSet<>();
        List<PageUpdate> distinct = new ArrayList<>();
        for (PageUpdate update : incident.updates()) {
            if (update.id() == null || seenIds.add(update.id())) {
                distinct.add(update);
            }
        }
        if (incident.postmortem() != null) {
            distinct.add(incident.postmortem());
        }
        return distinct;
    }

    private TimelineEntry impactStarted(PageIncident incident) {
        String path = incident.path() + ".started_at";
        UUID id = incident.id() == null ? fromFilePath(path) : stableId("started_at:" + incident.id());
        return new TimelineEntry(id, incident.startedAt(), null, EntryKind.IMPACT_STARTED, IMPACT_STARTED_TEXT,
                EntrySource.STATUS_PAGE, Provenance.ofPath(file, path), null, false, false);
    }

    private TimelineEntry communication(PageUpdate update) {
        UUID id = update.id() == null ? fromFilePath(update.path()) : stableId(update.id());
        return new TimelineEntry(id, update.at(), null, EntryKind.COMMUNICATION, HtmlText.toPlainText(update.body()),
                EntrySource.STATUS_PAGE, Provenance.ofPath(file, update.path()), postStatus(update), false, false);
    }

    private PostStatus postStatus(PageUpdate update) {
        if (update.status() == null) {
            return null;
        }
        // "update" is a label pages print, never a status the API sends
        Optional<StatusLabel> word = StatusLabel.parse(update.status()).filter(label -> label != StatusLabel.UPDATE);
        if (word.isEmpty()) {
            warnings.add(new ImportWarning(file, null, update.path() + ".status \"" + update.status()
                    + "\" is not a Statuspage status; the entry has no status"));
            return null;
        }
        return word.get().postStatus();
    }

    private String title(PageIncident incident) {
        if (incident.name() == null || incident.name().isBlank()) {
            warnings.add(new ImportWarning(file, null, incident.path() + " has no name; the incident is untitled"));
            return "";
        }
        return incident.name().strip();
    }

    private Severity severity(PageIncident incident) {
        String impact = incident.impact();
        if (impact == null) {
            return null;
        }
        switch (impact.strip().toLowerCase(Locale.ROOT)) {
            case "critical":
                return Severity.SEV1;
            case "major":
                return Severity.SEV2;
            case "minor":
                return Severity.SEV3;
            case "none":
                return Severity.SEV4;
            case "maintenance":
                return null;
            default:
                warnings.add(new ImportWarning(file, null, incident.path() + ".impact \"" + impact
                        + "\" is not a Statuspage impact; the severity is left unassessed"));
                return null;
        }
    }

    private static List<String> affected(PageIncident incident, List<PageUpdate> updates) {
        Set<String> names = new LinkedHashSet<>(incident.components());
        updates.stream()
                .sorted(Comparator.comparing(PageUpdate::at))
                .forEach(update -> names.addAll(update.affectedComponents()));
        return List.copyOf(names);
    }

    private UUID fromFilePath(String path) {
        return stableId(file + " " + path);
    }

    private static UUID stableId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
