package dev.aftermath.export.report;

/** One line of the report's header table, such as "Severity" and "SEV2". */
public record MetadataRow(String label, String value) {
}
