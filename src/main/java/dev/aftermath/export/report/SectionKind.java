package dev.aftermath.export.report;

/** How a section's body is shown: Markdown prose, a bulleted list, or one of the two generated tables. */
public enum SectionKind {
    TEXT, LIST, TIMELINE, ACTION_ITEMS
}
