package dev.aftermath.app.timeline;

import dev.aftermath.timeline.Painter;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TextStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The timeline's {@link Painter} on a JavaFX canvas. A frame issues thousands of calls, so it keeps the graphics
 * state it set last and changes fill, stroke, width, dashes and font only when they differ (each change is a
 * command the renderer replays), and snaps hairlines to pixel centres so they stay crisp as in the pictures.
 */
final class CanvasPainter implements Painter {

    private final GraphicsContext graphics;
    private final Map<Integer, Color> colours = new HashMap<>();
    private int fill;
    private int stroke;
    private double lineWidth = -1;
    private double dash = -1;
    private TextStyle font;
    private double[] bandXs = new double[0];
    private double[] bandYs = new double[0];

    CanvasPainter(GraphicsContext graphics) {
        this.graphics = graphics;
        graphics.setLineCap(StrokeLineCap.BUTT);
        graphics.setLineJoin(StrokeLineJoin.ROUND);
        fill = argb(graphics.getFill());
        stroke = argb(graphics.getStroke());
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        useFill(color);
        graphics.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
        useFill(color);
        graphics.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double width, double dashLength, Rgba color) {
        if (width <= 1.01 && dashLength == 0 && (x1 == x2 || y1 == y2)) {
            hairline(x1, y1, x2, y2, color);
            return;
        }
        useStroke(color, width, dashLength);
        graphics.strokeLine(x1, y1, x2, y2);
    }

    /** A one-pixel line along an axis, as a filled pixel row or column: sharp, and cheaper than a stroke. */
    private void hairline(double x1, double y1, double x2, double y2, Rgba color) {
        useFill(color);
        if (x1 == x2) {
            graphics.fillRect(Math.floor(x1), Math.min(y1, y2), 1, Math.max(1, Math.abs(y2 - y1)));
        } else {
            graphics.fillRect(Math.min(x1, x2), Math.floor(y1), Math.max(1, Math.abs(x2 - x1)), 1);
        }
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double width, Rgba color) {
        if (count < 2) {
            return;
        }
        useStroke(color, width, 0);
        graphics.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
        if (count < 3) {
            return;
        }
        useFill(color);
        graphics.fillPolygon(xs, ys, count);
    }

    /** The band as one polygon: along the tops, back along the bottoms. */
    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
        if (count < 1) {
            return;
        }
        if (bandXs.length < 2 * count + 2) {
            bandXs = new double[2 * count + 2];
            bandYs = new double[2 * count + 2];
        }
        int n = 0;
        for (int i = 0; i < count; i++) {
            bandXs[n] = xs[i] - (i == 0 ? 0.5 : 0);
            bandYs[n++] = tops[i];
        }
        bandXs[n] = xs[count - 1] + 0.5;
        bandYs[n++] = tops[count - 1];
        bandXs[n] = xs[count - 1] + 0.5;
        bandYs[n++] = bottoms[count - 1];
        for (int i = count - 1; i >= 0; i--) {
            bandXs[n] = xs[i] - (i == 0 ? 0.5 : 0);
            bandYs[n++] = bottoms[i];
        }
        useFill(color);
        graphics.fillPolygon(bandXs, bandYs, n);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
        useFill(color);
        graphics.fillOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double width, Rgba color) {
        useStroke(color, width, 0);
        graphics.strokeOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        if (text.isEmpty()) {
            return;
        }
        useFill(color);
        if (!style.equals(font)) {
            font = style;
            graphics.setFont(TimelineFonts.font(style));
        }
        graphics.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return TimelineFonts.width(text, style);
    }

    private void useFill(Rgba color) {
        if (color.argb() != fill) {
            fill = color.argb();
            graphics.setFill(colour(fill));
        }
    }

    private void useStroke(Rgba color, double width, double dashLength) {
        if (color.argb() != stroke) {
            stroke = color.argb();
            graphics.setStroke(colour(stroke));
        }
        if (width != lineWidth) {
            lineWidth = width;
            graphics.setLineWidth(width);
        }
        if (dashLength != dash) {
            dash = dashLength;
            if (dashLength > 0) {
                graphics.setLineDashes(dashLength, dashLength);
            } else {
                graphics.setLineDashes((double[]) null);
            }
        }
    }

    private Color colour(int argb) {
        return colours.computeIfAbsent(argb, value -> Color.rgb((value >>> 16) & 0xFF, (value >>> 8) & 0xFF,
                value & 0xFF, (value >>> 24) / 255.0));
    }

    private static int argb(javafx.scene.paint.Paint paint) {
        if (paint instanceof Color color) {
            return (int) Math.round(color.getOpacity() * 255) << 24 | (int) Math.round(color.getRed() * 255) << 16
                    | (int) Math.round(color.getGreen() * 255) << 8 | (int) Math.round(color.getBlue() * 255);
        }
        return 0;
    }
}
