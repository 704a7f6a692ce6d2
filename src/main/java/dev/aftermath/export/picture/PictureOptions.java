package dev.aftermath.export.picture;

import dev.aftermath.timeline.Theme;
import java.util.Objects;

/**
 * The size and theme of a timeline picture. The default suits a document page; 1920x1080 suits a slide.
 *
 * @param width pixels, from {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @param height pixels, from {@value #MIN_SIZE} to {@value #MAX_SIZE}
 */
public record PictureOptions(int width, int height, Theme theme) {

    public static final int MIN_SIZE = 320;
    /** Large enough for any print; beyond it a PNG would take gigabytes of memory to paint. */
    public static final int MAX_SIZE = 8000;
    public static final PictureOptions DOCUMENT = new PictureOptions(1600, 900, Theme.LIGHT);
    public static final PictureOptions SLIDE = new PictureOptions(1920, 1080, Theme.LIGHT);

    public PictureOptions {
        Objects.requireNonNull(theme, "theme");
        if (width < MIN_SIZE || width > MAX_SIZE || height < MIN_SIZE || height > MAX_SIZE) {
            throw new IllegalArgumentException("A picture must be between " + MIN_SIZE + " and " + MAX_SIZE
                    + " pixels wide and high; " + width + "x" + height + " was asked for.");
        }
    }

    public PictureOptions withTheme(Theme newTheme) {
        return new PictureOptions(width, height, newTheme);
    }
}
