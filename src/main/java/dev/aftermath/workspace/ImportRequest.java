package dev.aftermath.workspace;

import java.time.ZoneId;
import java.util.UUID;

/**
 * What the user asked of an import.
 *
 * @param into the incident to merge into, or null to create incidents (bundles always keep their own id)
 * @param title the title to give, or null to take the import's (then the first file's name)
 * @param zone the display zone, and the zone for times written without an offset; null to take the import's
 * @param format an importer id, or null to detect each file's format
 * @param replace whether a bundle may overwrite an incident with the same id
 */
public record ImportRequest(UUID into, String title, ZoneId zone, String format, boolean replace) {

    public static final ImportRequest DEFAULT = new ImportRequest(null, null, null, null, false);

    public ImportRequest withReplace(boolean newReplace) {
        return new ImportRequest(into, title, zone, format, newReplace);
    }
}
