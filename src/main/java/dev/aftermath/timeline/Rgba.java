package dev.aftermath.timeline;

/** A colour as 8-bit red, green, blue and alpha packed into an int (0xAARRGGBB, as java.awt and JavaFX read it). */
public record Rgba(int argb) {

    public static Rgba rgb(int rgb) {
        return new Rgba(0xFF000000 | rgb);
    }

    public int red() {
        return (argb >>> 16) & 0xFF;
    }

    public int green() {
        return (argb >>> 8) & 0xFF;
    }

    public int blue() {
        return argb & 0xFF;
    }

    public int alpha() {
        return argb >>> 24;
    }

    /** The same colour with its alpha replaced; {@code opacity} from 0 to 1. */
    public Rgba withOpacity(double opacity) {
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return new Rgba((alpha << 24) | (argb & 0xFFFFFF));
    }

    /** {@code #rrggbb}, the form SVG and CSS read. */
    public String hex() {
        return String.format("#%06x", argb & 0xFFFFFF);
    }
}
