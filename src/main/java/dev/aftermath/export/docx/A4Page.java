package dev.aftermath.export.docx;

/** The page of a report without a template: A4 with 2 cm margins, in twentieths of a point. */
final class A4Page {

    static final long WIDTH = 11906;
    static final long HEIGHT = 16838;
    static final long MARGIN = 1134;
    static final long HEADER_DISTANCE = 567;
    static final long TEXT_WIDTH = WIDTH - 2 * MARGIN;

    private A4Page() {
    }
}
