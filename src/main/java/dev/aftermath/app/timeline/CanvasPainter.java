package dev.aftermath.app.timeline;

import dev.aftermath.timeline.Painter;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TextStyle;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The timeline's {@link Painter} on a JavaFX canvas. A frame issues thousands of calls, so it keeps the graphics
 * state it set last and changes fill, stroke, width, dashes and font only when they differ (each change is a
 * command the renderer replays), and snaps hairlines to pixel centres so they stay crisp as in the pictures.
 * Vertical hairlines of one colour and length in neighbouring pixel columns, such as a zoomed-out lane's ticks,
 * become one rectangle: the run is held until a call that is not its next column, so a frame ends with
 * {@link #flush()}. Small discs and rounded rectangles are drawn as images made once ({@link ShapeSprites}).
 */
final class CanvasPainter implements Painter {

    private final GraphicsContext graphics;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Map<DashPattern, Image> dashTiles = new HashMap<>();
    private final ShapeSprites sprites = new ShapeSprites();
    private int fill;
    /** Whether the fill is a dash pattern rather than the colour {@link #fill}. */
    private boolean patternFill;
    private int stroke;
    private double lineWidth = -1;
    private double dash = -1;
    private TextStyle font;
    /** The run of vertical hairlines not drawn yet: its first column and how many columns; none when 0. */
    private double runX;
    private int runColumns;
    private double runTop;
    private double runHeight;
    private int runColour;

    CanvasPainter(GraphicsContext graphics) {
        this.graphics = graphics;
        graphics.setLineCap(StrokeLineCap.BUTT);
        graphics.setLineJoin(StrokeLineJoin.ROUND);
        fill = argb(graphics.getFill());
        stroke = argb(graphics.getStroke());
    }

    /**
     * On whole pixels: the software renderer fills such a rectangle directly, where a fractional edge sends the whole
     * rectangle through the antialiasing rasteriser.
     */
    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        flush();
        useFill(color);
        double left = Math.round(x);
        double top = Math.round(y);
        graphics.fillRect(left, top, Math.round(x + width) - left, Math.round(y + height) - top);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
        flush();
        if (ShapeSprites.fits(width, height)) {
            sprite(x, y, width, height, radius, color);
            return;
        }
        useFill(color);
        graphics.fillRoundRect(x, y, width, height, 2 * radius, 2 * radius);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double width, double dashLength, Rgba color) {
        if (width <= 1.01 && dashLength == 0 && x1 == x2) {
            verticalHairline(x1, y1, y2, color);
            return;
        }
        flush();
        if (width <= 1.01 && dashLength == 0 && y1 == y2) {
            horizontalHairline(x1, y1, x2, color);
            return;
        }
        if (dashLength > 0 && (x1 == x2 || y1 == y2)) {
            dashes(x1, y1, x2, y2, width, dashLength, color);
            return;
        }
        useStroke(color, width, dashLength);
        graphics.strokeLine(x1, y1, x2, y2);
    }

    /** Adds a one-pixel column to the run when it is the run's next column, else draws the run and starts anew. */
    private void verticalHairline(double x, double y1, double y2, Rgba color) {
        double column = Math.floor(x);
        double top = Math.round(Math.min(y1, y2));
        double height = Math.max(1, Math.round(Math.max(y1, y2)) - top);
        if (runColumns > 0 && column == runX + runColumns && top == runTop && height == runHeight
                && color.argb() == runColour) {
            runColumns++;
            return;
        }
        flush();
        runX = column;
        runColumns = 1;
        runTop = top;
        runHeight = height;
        runColour = color.argb();
    }

    /** Draws the held run of hairlines; the last call of a frame. */
    void flush() {
        if (runColumns > 0) {
            useFill(runColour);
            graphics.fillRect(runX, runTop, runColumns, runHeight);
            runColumns = 0;
        }
    }

    /** A one-pixel horizontal line, as a filled pixel row: sharp, and cheaper than a stroke. */
    private void horizontalHairline(double x1, double y, double x2, Rgba color) {
        useFill(color);
        double left = Math.round(Math.min(x1, x2));
        graphics.fillRect(left, Math.floor(y), Math.max(1, Math.round(Math.max(x1, x2)) - left), 1);
    }

    /**
     * A dashed line along an axis, on whole pixels, as one rectangle filled with a repeating dash: drawn dash by
     * dash, the value axes and milestones of one frame cost some 1,500 canvas commands.
     */
    private void dashes(double x1, double y1, double x2, double y2, double width, double dashLength, Rgba color) {
        boolean vertical = x1 == x2;
        DashPattern pattern = new DashPattern(color.argb(), (int) Math.max(1, Math.round(dashLength)),
                (int) Math.max(1, Math.round(width)), vertical);
        double from = Math.round(vertical ? Math.min(y1, y2) : Math.min(x1, x2));
        double to = Math.round(vertical ? Math.max(y1, y2) : Math.max(x1, x2));
        double across = Math.round((vertical ? x1 : y1) - pattern.thickness() / 2.0);
        Image tile = dashTiles.computeIfAbsent(pattern, DashPattern::tile);
        patternFill = true;
        if (vertical) {
            graphics.setFill(new ImagePattern(tile, across, from, tile.getWidth(), tile.getHeight(), false));
            graphics.fillRect(across, from, pattern.thickness(), to - from);
        } else {
            graphics.setFill(new ImagePattern(tile, from, across, tile.getWidth(), tile.getHeight(), false));
            graphics.fillRect(from, across, to - from, pattern.thickness());
        }
    }

    /** One dash and the gap after it, as the tile a dashed line repeats. */
    private record DashPattern(int argb, int dash, int thickness, boolean vertical) {

        Image tile() {
            int along = 2 * dash;
            WritableImage tile = new WritableImage(vertical ? thickness : along, vertical ? along : thickness);
            PixelWriter pixels = tile.getPixelWriter();
            for (int at = 0; at < dash; at++) {
                for (int across = 0; across < thickness; across++) {
                    pixels.setArgb(vertical ? across : at, vertical ? at : across, argb);
                }
            }
            return tile;
        }
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double width, Rgba color) {
        flush();
        if (count < 2) {
            return;
        }
        useStroke(color, width, 0);
        graphics.strokePolyline(xs, ys, count);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
        flush();
        if (count < 3) {
            return;
        }
        useFill(color);
        graphics.fillPolygon(xs, ys, count);
    }

    /**
     * The band as one bar a pixel wide per column, on whole pixels: the software renderer fills such rectangles
     * directly, where a polygon of thousands of vertices would be sorted and antialiased scanline by scanline.
     */
    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
        flush();
        useFill(color);
        for (int i = 0; i < count; i++) {
            double top = Math.floor(Math.min(tops[i], bottoms[i]));
            graphics.fillRect(Math.floor(xs[i]), top, 1, Math.max(1, Math.ceil(Math.max(tops[i], bottoms[i])) - top));
        }
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
        flush();
        if (ShapeSprites.fits(2 * radius, 2 * radius)) {
            sprite(centreX - radius, centreY - radius, 2 * radius, 2 * radius, radius, color);
            return;
        }
        useFill(color);
        graphics.fillOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    private void sprite(double x, double y, double width, double height, double radius, Rgba color) {
        double scale = outputScale();
        Image image = sprites.roundRect(width, height, radius, color.argb(), scale);
        graphics.drawImage(image, Math.round(x * scale) / scale, Math.round(y * scale) / scale,
                image.getWidth() / scale, image.getHeight() / scale);
    }

    /** Screen pixels per canvas unit: 2 on a display scaled to 200%. */
    private double outputScale() {
        Scene scene = graphics.getCanvas().getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double width, Rgba color) {
        flush();
        useStroke(color, width, 0);
        graphics.strokeOval(centreX - radius, centreY - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        flush();
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
        useFill(color.argb());
    }

    private void useFill(int argb) {
        if (argb != fill || patternFill) {
            fill = argb;
            patternFill = false;
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
