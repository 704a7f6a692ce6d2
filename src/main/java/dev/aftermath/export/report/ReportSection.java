package dev.aftermath.export.report;

import java.util.List;

/**
 * One section of the review, in report order.
 *
 * @param items for TEXT one Markdown text, for LIST one Markdown text per item, empty for the generated tables
 *              and for unwritten sections
 */
public record ReportSection(String heading, SectionKind kind, List<String> items) {

    public ReportSection {
        items = List.copyOf(items);
    }

    /** True for a text or list section nobody has written yet; exporters show {@link ReportContent#UNWRITTEN}. */
    public boolean isUnwritten() {
        return (kind == SectionKind.TEXT || kind == SectionKind.LIST) && items.isEmpty();
    }
}
