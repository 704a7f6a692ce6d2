package dev.aftermath.export.report;

/**
 * One timeline entry as shown: every field already formatted.
 *
 * @param time "2025-10-26 02:35:30 CET", with "≈ " in front when approximate and the end appended for spans
 * @param kind "Detected", or "Unclassified"
 * @param text the entry's text as written; may hold line breaks
 * @param source "status page · incidents.json $.incidents[0]"
 */
public record TimelineRow(String time, String kind, String text, String source) {
}
