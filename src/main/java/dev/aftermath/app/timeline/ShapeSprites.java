package dev.aftermath.app.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Small filled shapes (entry markers, "+n" badges, span bars) as images made once and drawn many times. The
 * software renderer fills every round shape through its antialiasing rasteriser, which costs some ten times what
 * copying the same pixels does, and a frame of a busy incident has hundreds of them. The images are computed here,
 * with the shape's edge antialiased by 4x4 samples per pixel, in screen pixels; a shape's left and top edges are
 * moved to whole screen pixels, which moves it by less than half a pixel.
 */
final class ShapeSprites {

    /** Larger shapes are rarer and cost little more to fill directly than to keep. */
    private static final double MAX_SIZE = 96;
    private static final int CAPACITY = 512;
    private static final int SAMPLES = 4;

    /** The shape in screen pixels: the same pixels serve any scale that gives them. */
    private record Key(double width, double height, double radius, int argb) {
    }

    private final Map<Key, Image> sprites = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > CAPACITY;
        }
    };

    static boolean fits(double width, double height) {
        return width <= MAX_SIZE && height <= MAX_SIZE;
    }

    /**
     * A rectangle of {@code width} by {@code height} canvas units with corners rounded by {@code radius}, in
     * {@code argb}, at {@code scale} screen pixels per unit; sizes are rounded to a quarter of a screen pixel.
     */
    Image roundRect(double width, double height, double radius, int argb, double scale) {
        Key key = new Key(quarter(width * scale), quarter(height * scale), quarter(Math.min(radius,
                Math.min(width, height) / 2) * scale), argb);
        return sprites.computeIfAbsent(key, ShapeSprites::draw);
    }

    private static double quarter(double pixels) {
        return Math.round(pixels * 4) / 4.0;
    }

    private static Image draw(Key key) {
        int columns = Math.max(1, (int) Math.ceil(key.width()));
        int rows = Math.max(1, (int) Math.ceil(key.height()));
        int[] pixels = new int[columns * rows];
        double alpha = (key.argb() >>> 24) / 255.0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < columns; x++) {
                double coverage = coverage(x, y, key);
                if (coverage > 0) {
                    pixels[y * columns + x] = premultiplied(key.argb(), alpha * coverage);
                }
            }
        }
        WritableImage image = new WritableImage(columns, rows);
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbPreInstance(), pixels, 0,
                columns);
        return image;
    }

    /** The share of pixel (x, y) inside the rounded rectangle, from a grid of samples. */
    private static double coverage(int x, int y, Key key) {
        int inside = 0;
        for (int sy = 0; sy < SAMPLES; sy++) {
            for (int sx = 0; sx < SAMPLES; sx++) {
                if (inside(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES, key)) {
                    inside++;
                }
            }
        }
        return inside / (double) (SAMPLES * SAMPLES);
    }

    private static boolean inside(double px, double py, Key key) {
        if (px > key.width() || py > key.height()) {
            return false;
        }
        double r = key.radius();
        double dx = Math.max(0, Math.max(r - px, px - (key.width() - r)));
        double dy = Math.max(0, Math.max(r - py, py - (key.height() - r)));
        return dx * dx + dy * dy <= r * r;
    }

    private static int premultiplied(int argb, double alpha) {
        int a = (int) Math.round(alpha * 255);
        int red = (int) Math.round(((argb >>> 16) & 0xFF) * alpha);
        int green = (int) Math.round(((argb >>> 8) & 0xFF) * alpha);
        int blue = (int) Math.round((argb & 0xFF) * alpha);
        return a << 24 | red << 16 | green << 8 | blue;
    }
}
