package dev.aftermath.importing;

import java.time.ZoneId;

/**
 * What the user told us about the input.
 *
 * @param zone the zone for times written without an offset; null when the user gave none (importers then use UTC
 *             and say so in a warning where it matters)
 */
public record ImportOptions(ZoneId zone) {

    public static final ImportOptions DEFAULT = new ImportOptions(null);
}
