package dev.aftermath.importing.statuspage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportWarning;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the incidents in a Statuspage JSON tree and reads them into {@link PageIncident}s.
 *
 * <p>Shapes read: {@code incidents.json}, {@code incidents/unresolved.json} and {@code summary.json} (an
 * {@code incidents} list beside a {@code page}), webhook payloads (one {@code incident}), a single incident object,
 * and a bare list of incidents. Scheduled maintenances are not incidents; a summary's maintenances are left out
 * with a warning.
 */
final class StatuspagePayloadParser {

    static final String NO_COMPONENTS_PLACEHOLDER = "No components were affected";

    private static final String EXPECTED = "expected Statuspage JSON: an object with an \"incidents\" list "
            + "(incidents.json, summary.json), a webhook with an \"incident\" object, or one incident with "
            + "\"incident_updates\"";

    private final String file;
    private final ZoneId userZone;
    private final List<ImportWarning> warnings;
    private ZoneId pageZone;
    private boolean warnedAboutMissingOffset;

    private StatuspagePayloadParser(String file, ZoneId userZone, List<ImportWarning> warnings) {
        this.file = file;
        this.userZone = userZone;
        this.warnings = warnings;
    }

    /** @param userZone the zone the user gave, or null; read times without an offset when the page names none */
    static StatuspagePayload parse(JsonNode root, String file, ZoneId userZone, List<ImportWarning> warnings)
            throws ImportException {
        return new StatuspagePayloadParser(file, userZone, warnings).payload(root);
    }

    private StatuspagePayload payload(JsonNode root) {
        pageZone = pageZone(root.path("page").path("time_zone"));
        List<PageIncident> incidents = new ArrayList<>();
        for (Located node : incidentNodes(root)) {
            if (!node.value().isObject()) {
                throw new ImportException(file, node.path() + " is not an incident object; " + EXPECTED);
            }
            incidents.add(incident(node.value(), node.path()));
        }
        if (incidents.isEmpty()) {
            throw new ImportException(file, "no incidents found: the incident list is empty");
        }
        warnAboutMaintenances(root);
        return new StatuspagePayload(pageZone, incidents);
    }

    private List<Located> incidentNodes(JsonNode root) {
        if (root.isArray()) {
            return elements(root, "$");
        }
        if (!root.isObject()) {
            throw new ImportException(file, "no incidents found: " + EXPECTED);
        }
        if (root.has("incidents")) {
            if (!root.get("incidents").isArray()) {
                throw new ImportException(file, "no incidents found: $.incidents is not a list; " + EXPECTED);
            }
            return elements(root.get("incidents"), "$.incidents");
        }
        if (root.path("incident").isObject()) {
            return List.of(new Located(root.get("incident"), "$.incident"));
        }
        if (root.has("incident_updates")) {
            return List.of(new Located(root, "$"));
        }
        if (root.has("component_update")) {
            throw new ImportException(file, "no incidents found: this is a component status webhook, which "
                    + "tells no incident; " + EXPECTED);
        }
        if (root.has("scheduled_maintenances")) {
            throw new ImportException(file, "no incidents found: the file lists scheduled maintenances only; "
                    + EXPECTED);
        }
        throw new ImportException(file, "no incidents found: " + EXPECTED);
    }

    private static List<Located> elements(JsonNode array, String path) {
        List<Located> located = new ArrayList<>();
        for (int i = 0; array.isArray() && i < array.size(); i++) {
            located.add(new Located(array.get(i), path + "[" + i + "]"));
        }
        return located;
    }

    private ZoneId pageZone(JsonNode timeZone) {
        if (!timeZone.isTextual()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.asText());
        } catch (DateTimeException unknown) {
            warnings.add(new ImportWarning(file, null, "the page's time_zone \"" + timeZone.asText()
                    + "\" is not a known zone; the incident is shown in UTC"));
            return null;
        }
    }

    private PageIncident incident(JsonNode node, String path) {
        String impact = text(node, "impact_override") != null ? text(node, "impact_override") : text(node, "impact");
        Instant startedAt = time(node, "started_at", path);
        List<PageUpdate> updates = new ArrayList<>();
        for (Located update : elements(node.path("incident_updates"), path + ".incident_updates")) {
            PageUpdate read = update(update.value(), update.path());
            if (read != null) {
                updates.add(read);
            }
        }
        return new PageIncident(path, text(node, "id"), text(node, "name"), impact, startedAt,
                postmortem(node, path), componentNames(node.path("components")), updates);
    }

    private PageUpdate update(JsonNode node, String path) {
        if (!node.isObject()) {
            warnings.add(new ImportWarning(file, null, path + " is not an update object; it was skipped"));
            return null;
        }
        Instant at = time(node, "display_at", path);
        if (at == null) {
            at = time(node, "created_at", path);
        }
        if (at == null) {
            warnings.add(new ImportWarning(file, null, path + " has neither display_at nor created_at; "
                    + "the update was skipped"));
            return null;
        }
        String body = text(node, "body");
        return new PageUpdate(path, text(node, "id"), text(node, "status"), body == null ? "" : body, at,
                componentNames(node.path("affected_components")));
    }

    private PageUpdate postmortem(JsonNode node, String path) {
        String body = text(node, "postmortem_body");
        Instant at = time(node, "postmortem_published_at", path);
        if (body == null || body.isBlank() || at == null) {
            return null;
        }
        String id = text(node, "id");
        return new PageUpdate(path + ".postmortem_body", id == null ? null : id + "/postmortem", "postmortem",
                body, at, List.of());
    }

    private static List<String> componentNames(JsonNode components) {
        List<String> names = new ArrayList<>();
        for (JsonNode component : components) {
            String name = text(component, "name");
            if (name != null && !name.isBlank() && !name.startsWith(NO_COMPONENTS_PLACEHOLDER)) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private Instant time(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        String fieldPath = path + "." + field;
        if (!value.isTextual()) {
            throw new ImportException(file, fieldPath + " should be an ISO-8601 timestamp but is " + value);
        }
        try {
            StatuspageTimestamps.ReadTime read = StatuspageTimestamps.parse(value.asText(), zoneWithoutOffset());
            warnOnceAboutMissingOffset(read, fieldPath);
            return read.instant();
        } catch (DateTimeException impossible) {
            throw new ImportException(file, "impossible or unreadable timestamp \"" + value.asText() + "\" at "
                    + fieldPath);
        }
    }

    private void warnOnceAboutMissingOffset(StatuspageTimestamps.ReadTime read, String fieldPath) {
        if (!read.hadOffset() && !warnedAboutMissingOffset) {
            warnedAboutMissingOffset = true;
            warnings.add(new ImportWarning(file, null, fieldPath + " and other times carry no UTC offset; they "
                    + "were read in " + zoneWithoutOffset().getId()));
        }
    }

    private ZoneId zoneWithoutOffset() {
        return pageZone != null ? pageZone : userZone != null ? userZone : ZoneOffset.UTC;
    }

    private void warnAboutMaintenances(JsonNode root) {
        int maintenances = root.path("scheduled_maintenances").size();
        if (maintenances > 0) {
            warnings.add(new ImportWarning(file, null, maintenances + " scheduled maintenance(s) in "
                    + "$.scheduled_maintenances are not incidents and were not imported"));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private record Located(JsonNode value, String path) {
    }
}
