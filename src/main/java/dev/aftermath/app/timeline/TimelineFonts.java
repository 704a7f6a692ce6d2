package dev.aftermath.app.timeline;

import dev.aftermath.timeline.TextStyle;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The fonts the canvas draws the timeline with: DejaVu Sans, bundled for the pictures, so that labels are placed
 * on screen as in a PNG or SVG. Widths are measured once and remembered: a frame measures the same few hundred
 * labels again and again. FX thread only.
 */
final class TimelineFonts {

    private static final String FAMILY = "DejaVu Sans";
    /** The pictures' font files; the canvas loads the same ones. */
    private static final String FOLDER = "/dev/aftermath/export/picture/";
    private static final int MAX_CACHED_WIDTHS = 50_000;

    private static final Map<TextStyle, Font> FONTS = new HashMap<>();
    private static final Map<TextStyle, Map<String, Double>> WIDTHS = new HashMap<>();
    private static final Text MEASURE = new Text();
    private static boolean loaded;

    private TimelineFonts() {
    }

    static Font font(TextStyle style) {
        loadOnce();
        return FONTS.computeIfAbsent(style, key -> Font.font(FAMILY,
                key.bold() ? FontWeight.BOLD : FontWeight.NORMAL, key.size()));
    }

    static double width(String text, TextStyle style) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<String, Double> widths = WIDTHS.computeIfAbsent(style, key -> new HashMap<>());
        Double cached = widths.get(text);
        if (cached != null) {
            return cached;
        }
        if (widths.size() > MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        MEASURE.setFont(font(style));
        MEASURE.setText(text);
        double width = MEASURE.getLayoutBounds().getWidth();
        widths.put(text, width);
        return width;
    }

    /** Without the files (a broken build) JavaFX falls back to its default font: worse, but still readable. */
    private static void loadOnce() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (InputStream in = TimelineFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in != null) {
                    Font.loadFont(in, 12);
                }
            } catch (IOException e) {
                System.getLogger(TimelineFonts.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot load the timeline font " + file, e);
            }
        }
    }
}
