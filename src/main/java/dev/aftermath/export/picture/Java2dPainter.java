package dev.aftermath.export.picture;

import dev.aftermath.timeline.Painter;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TextStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints into a {@link BufferedImage} with Java2D, antialiased, with the bundled font. Needs no display: it works
 * with {@code java.awt.headless=true}. Reuses its shapes and the last stroke, so a frame allocates little.
 * Axis-aligned rectangles, hairlines and metric envelopes are written straight into the pixels of an
 * {@code TYPE_INT_RGB} image: crisp, and many times faster than Java2D's general path for thousands of small
 * translucent shapes.
 */
public final class Java2dPainter implements Painter {

    private final Graphics2D graphics;
    private final PixelBlender pixels;
    private TextStyle fontStyle;
    private final Line2D.Double line = new Line2D.Double();
    private final RoundRectangle2D.Double roundRect = new RoundRectangle2D.Double();
    private final Ellipse2D.Double ellipse = new Ellipse2D.Double();
    private final Path2D.Double path = new Path2D.Double();
    private BasicStroke stroke;
    private double strokeWidth = -1;
    private double strokeDash = -1;
    private int colour;

    public Java2dPainter(BufferedImage image) {
        graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        colour = graphics.getColor().getRGB();
        pixels = image.getType() == BufferedImage.TYPE_INT_RGB ? new PixelBlender(image) : null;
    }

    /** Releases the graphics context; the image keeps what was painted. */
    public void dispose() {
        graphics.dispose();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        if (pixels != null) {
            pixels.fillRect(x, y, width, height, color.argb());
            return;
        }
        use(color);
        roundRect.setRoundRect(x, y, width, height, 0, 0);
        graphics.fill(roundRect);
    }

    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
        if (pixels != null) {
            for (int i = 0; i < count; i++) {
                pixels.fillColumn(xs[i], tops[i], bottoms[i], color.argb());
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            fillRect(xs[i] - 0.5, tops[i], 1, bottoms[i] - tops[i], color);
        }
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
        use(color);
        roundRect.setRoundRect(x, y, width, height, 2 * radius, 2 * radius);
        graphics.fill(roundRect);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, double dash, Rgba color) {
        if (lineWidth == 1 && dash == 0 && (x1 == x2 || y1 == y2)) {
            fillRect(Math.min(x1, x2) - (x1 == x2 ? 0.5 : 0), Math.min(y1, y2) - (y1 == y2 ? 0.5 : 0),
                    Math.max(1, Math.abs(x2 - x1)), Math.max(1, Math.abs(y2 - y1)), color);
            return;
        }
        use(color);
        useStroke(lineWidth, dash);
        line.setLine(x1, y1, x2, y2);
        graphics.draw(line);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double lineWidth, Rgba color) {
        if (count < 2) {
            return;
        }
        use(color);
        useStroke(lineWidth, 0);
        tracePath(xs, ys, count);
        graphics.draw(path);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
        if (count < 3) {
            return;
        }
        use(color);
        tracePath(xs, ys, count);
        path.closePath();
        graphics.fill(path);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
        use(color);
        ellipse.setFrame(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
        graphics.fill(ellipse);
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double lineWidth, Rgba color) {
        use(color);
        useStroke(lineWidth, 0);
        ellipse.setFrame(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
        graphics.draw(ellipse);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        if (text.isEmpty()) {
            return;
        }
        use(color);
        if (!style.equals(fontStyle)) {
            fontStyle = style;
            graphics.setFont(PictureFonts.font(style));
        }
        graphics.drawString(text, (float) x, (float) y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return PictureFonts.width(text, style);
    }

    private void tracePath(double[] xs, double[] ys, int count) {
        path.reset();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            path.lineTo(xs[i], ys[i]);
        }
    }

    private void use(Rgba color) {
        if (color.argb() != colour) {
            colour = color.argb();
            graphics.setColor(new Color(colour, true));
        }
    }

    private void useStroke(double width, double dash) {
        if (width != strokeWidth || dash != strokeDash) {
            strokeWidth = width;
            strokeDash = dash;
            stroke = dash > 0
                    ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                            new float[] {(float) dash, (float) dash}, 0)
                    : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            graphics.setStroke(stroke);
        }
    }
}
