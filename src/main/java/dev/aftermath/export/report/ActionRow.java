package dev.aftermath.export.report;

/**
 * One action item as shown. Unknown values are {@link ReportContent#MISSING}; {@code link} is "" when none.
 */
public record ActionRow(String action, String type, String owner, String priority, String due, String status,
                        String link) {
}
