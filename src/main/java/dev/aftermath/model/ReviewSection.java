package dev.aftermath.model;

/**
 * The written sections of the review, in document order: three Markdown texts, then five lists of Markdown points.
 * Action items and the timeline are not here: the one is a table of its own, the other is generated from entries.
 */
public enum ReviewSection {
    SUMMARY("Summary", false),
    IMPACT("Impact", false),
    ROOT_CAUSE("Root cause", false),
    CONTRIBUTING_FACTORS("Contributing factors", true),
    WENT_WELL("What went well", true),
    COULD_BE_BETTER("What could be better", true),
    GOT_LUCKY("Where we got lucky", true),
    LESSONS("Lessons", true);

    private final String heading;
    private final boolean list;

    ReviewSection(String heading, boolean list) {
        this.heading = heading;
        this.list = list;
    }

    /** The heading documents and the editor show, e.g. "What went well". */
    public String heading() {
        return heading;
    }

    /** True for the sections that hold a list of points rather than one text. */
    public boolean isList() {
        return list;
    }
}
