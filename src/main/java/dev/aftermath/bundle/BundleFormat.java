package dev.aftermath.bundle;

/** The constants of the incident file format; docs/bundle-format.md is its public description. */
public final class BundleFormat {

    /** The value of the {@code format} field that marks a document as an Aftermath incident. */
    public static final String FORMAT = "aftermath-incident";

    /** The version this build writes, and the newest it reads. */
    public static final int VERSION = 1;

    /** The usual file name ending, without the leading dot. */
    public static final String FILE_EXTENSION = "aftermath.json";

    private BundleFormat() {
    }
}
