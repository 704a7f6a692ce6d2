package dev.aftermath.export.report;

/**
 * One key duration, measured from impact start.
 *
 * @param label "Time to detect"
 * @param value "35 min"
 * @param reachedAt when the milestone it ends at happened, with the zone named
 */
public record DurationRow(String label, String value, String reachedAt) {
}
