package dev.aftermath.importing.report;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A time of day as written, and where.
 *
 * @param zone null when the text gives none next to the time
 * @param zoneDoubt why the zone's reading may be wrong (an ambiguous abbreviation), or null
 */
public record ClockTime(int start, int end, LocalTime time, ZoneId zone, String zoneDoubt) {
}
