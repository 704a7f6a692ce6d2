package dev.aftermath.export.picture;

import dev.aftermath.timeline.TextStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled DejaVu Sans, regular and bold. Pictures use it rather than a system font so that text measures the
 * same on every machine: labels are shortened and placed alike, and SVG output is byte-identical everywhere.
 */
final class PictureFonts {

    /** SVG readers use the first family they have; DejaVu Sans is what the layout was measured with. */
    static final String SVG_FAMILY = "'DejaVu Sans', Verdana, 'Segoe UI', sans-serif";

    /** Antialiased, fractional metrics: how both painters measure, so their layouts agree. */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");
    private static final Map<TextStyle, Font> DERIVED = new ConcurrentHashMap<>();
    /** Widths already measured: a timeline measures the same labels on every frame. */
    private static final Map<TextStyle, Map<String, Double>> WIDTHS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_WIDTHS = 50_000;

    private PictureFonts() {
    }

    static Font font(TextStyle style) {
        return DERIVED.computeIfAbsent(style, key -> (key.bold() ? BOLD : REGULAR).deriveFont((float) key.size()));
    }

    static double width(String text, TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<String, Double> widths = WIDTHS.computeIfAbsent(style, key -> new ConcurrentHashMap<>());
        Double cached = widths.get(text);
        if (cached != null) {
            return cached;
        }
        if (widths.size() > MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        double width = font(style).getStringBounds(text, MEASURE).getWidth();
        widths.put(text, width);
        return width;
    }

    private static Font load(String name) {
        try (InputStream in = PictureFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + name, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + name + " is damaged", e);
        }
    }
}
