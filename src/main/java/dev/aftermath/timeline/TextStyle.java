package dev.aftermath.timeline;

/** A font size in pixels and whether it is bold; the family is the painter's (one sans-serif for everything). */
public record TextStyle(double size, boolean bold) {

    public static TextStyle regular(double size) {
        return new TextStyle(size, false);
    }

    public static TextStyle bold(double size) {
        return new TextStyle(size, true);
    }
}
