package dev.aftermath.export.picture;

import dev.aftermath.timeline.Painter;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TextStyle;

/**
 * Writes SVG: shapes as SVG elements, text as {@code <text>} (selectable, searchable, escaped). Numbers carry two
 * decimals at most and no locale, so the same drawing always gives the same bytes. Measures text with the bundled
 * font, as {@link Java2dPainter} does, so both pictures are laid out alike.
 */
public final class SvgPainter implements Painter {

    private final StringBuilder svg = new StringBuilder(64 * 1024);

    public SvgPainter(int width, int height) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n")
                .append("<g font-family=\"").append(PictureFonts.SVG_FAMILY).append("\">\n");
    }

    /** The finished document; painting after this is not meant. */
    public String finish() {
        return svg + "</g>\n</svg>\n";
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append('"');
        fill(color);
        svg.append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(width)).append("\" height=\"").append(num(height)).append("\" rx=\"")
                .append(num(radius)).append('"');
        fill(color);
        svg.append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, double dash, Rgba color) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke(color, lineWidth);
        if (dash > 0) {
            svg.append(" stroke-dasharray=\"").append(num(dash)).append('"');
        }
        svg.append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double lineWidth, Rgba color) {
        if (count < 2) {
            return;
        }
        svg.append("<polyline points=\"");
        points(xs, ys, count);
        svg.append("\" fill=\"none\" stroke-linejoin=\"round\"");
        stroke(color, lineWidth);
        svg.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
        if (count < 3) {
            return;
        }
        svg.append("<polygon points=\"");
        points(xs, ys, count);
        svg.append('"');
        fill(color);
        svg.append("/>\n");
    }

    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
        if (count < 1) {
            return;
        }
        int last = count - 1;
        svg.append("<polygon points=\"").append(num(xs[0] - 0.5)).append(',').append(num(tops[0]));
        for (int i = 0; i < count; i++) {
            svg.append(' ').append(num(xs[i])).append(',').append(num(tops[i]));
        }
        svg.append(' ').append(num(xs[last] + 0.5)).append(',').append(num(tops[last]));
        svg.append(' ').append(num(xs[last] + 0.5)).append(',').append(num(bottoms[last]));
        for (int i = last; i >= 0; i--) {
            svg.append(' ').append(num(xs[i])).append(',').append(num(bottoms[i]));
        }
        svg.append(' ').append(num(xs[0] - 0.5)).append(',').append(num(bottoms[0])).append('"');
        fill(color);
        svg.append("/>\n");
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
        circle(centreX, centreY, radius);
        fill(color);
        svg.append("/>\n");
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double lineWidth, Rgba color) {
        circle(centreX, centreY, radius);
        svg.append(" fill=\"none\"");
        stroke(color, lineWidth);
        svg.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        if (text.isEmpty()) {
            return;
        }
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            svg.append(" font-weight=\"bold\"");
        }
        fill(color);
        svg.append(" xml:space=\"preserve\">").append(escape(text)).append("</text>\n");
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return PictureFonts.width(text, style);
    }

    private void circle(double centreX, double centreY, double radius) {
        svg.append("<circle cx=\"").append(num(centreX)).append("\" cy=\"").append(num(centreY)).append("\" r=\"")
                .append(num(radius)).append('"');
    }

    private void points(double[] xs, double[] ys, int count) {
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(num(xs[i])).append(',').append(num(ys[i]));
        }
    }

    private void fill(Rgba color) {
        svg.append(" fill=\"").append(color.hex()).append('"');
        if (color.alpha() < 255) {
            svg.append(" fill-opacity=\"").append(num(color.alpha() / 255.0)).append('"');
        }
    }

    private void stroke(Rgba color, double lineWidth) {
        svg.append(" stroke=\"").append(color.hex()).append("\" stroke-width=\"").append(num(lineWidth)).append('"');
        if (color.alpha() < 255) {
            svg.append(" stroke-opacity=\"").append(num(color.alpha() / 255.0)).append('"');
        }
    }

    /** At most two decimals, no trailing zeros, never "-0", never a locale's separator. */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        String sign = hundredths < 0 ? "-" : "";
        long abs = Math.abs(hundredths);
        long whole = abs / 100;
        long fraction = abs % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (fraction % 10 == 0 ? String.valueOf(fraction / 10) : (fraction < 10 ? "0" : "") + fraction);
    }

    /** Escapes XML's special characters and drops the control characters XML 1.0 cannot hold. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
