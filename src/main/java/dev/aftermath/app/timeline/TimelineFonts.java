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
 * on screen as in a PNG or SVG. A frame measures hundreds of labels, and while panning many are shortened to a
 * different length on every frame, so a width is the sum of its characters' advances, each measured once (JavaFX
 * lays out such text without kerning); text with marks or characters outside the basic plane is measured whole.
 * FX thread only.
 */
final class TimelineFonts {

    private static final String FAMILY = "DejaVu Sans";
    /** The pictures' font files; the canvas loads the same ones. */
    private static final String FOLDER = "/dev/aftermath/export/picture/";
    private static final int MAX_CACHED_WIDTHS = 50_000;

    private static final Map<TextStyle, Font> FONTS = new HashMap<>();
    private static final Map<TextStyle, Map<String, Double>> WIDTHS = new HashMap<>();
    /** Per style, each character's advance in pages of 256 characters, 0 until measured. */
    private static final Map<TextStyle, double[][]> ADVANCES = new HashMap<>();
    private static final Text MEASURE = new Text();
    private static boolean loaded;
    private static TextStyle lastStyle;
    private static double[][] lastPages;

    private TimelineFonts() {
    }

    static Font font(TextStyle style) {
        loadOnce();
        return FONTS.computeIfAbsent(style, key -> Font.font(FAMILY,
                key.bold() ? FontWeight.BOLD : FontWeight.NORMAL, key.size()));
    }

    static double width(String text, TextStyle style) {
        if (!style.equals(lastStyle)) {
            lastStyle = style;
            lastPages = ADVANCES.computeIfAbsent(style, key -> new double[256][]);
        }
        double[][] pages = lastPages;
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                return measured(text, style);
            }
            double[] page = pages[c >>> 8];
            if (page == null) {
                page = new double[256];
                pages[c >>> 8] = page;
            }
            double advance = page[c & 0xFF];
            if (advance == 0) {
                advance = measured(String.valueOf(c), style);
                page[c & 0xFF] = advance == 0 ? Double.MIN_VALUE : advance;
            }
            width += advance;
        }
        return width;
    }

    private static double measured(String text, TextStyle style) {
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
