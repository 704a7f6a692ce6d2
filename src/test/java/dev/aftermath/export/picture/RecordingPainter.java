package dev.aftermath.export.picture;

import dev.aftermath.timeline.Painter;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Paints into SVG and remembers every text's box, to check a picture's text for overlaps. */
final class RecordingPainter implements Painter {

    record TextBox(String text, double left, double top, double right, double bottom) {
        boolean overlaps(TextBox other) {
            return left < other.right - 0.5 && other.left < right - 0.5 && top < other.bottom - 0.5
                    && other.top < bottom - 0.5;
        }
    }

    private final SvgPainter svg;
    final List<TextBox> texts = new ArrayList<>();
    int polylineVertices;

    RecordingPainter(int width, int height) {
        svg = new SvgPainter(width, height);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        svg.fillRect(x, y, width, height, color);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
        svg.fillRoundRect(x, y, width, height, radius, color);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, double dash, Rgba color) {
        svg.strokeLine(x1, y1, x2, y2, lineWidth, dash, color);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double lineWidth, Rgba color) {
        polylineVertices += count;
        svg.strokePolyline(xs, ys, count, lineWidth, color);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
        svg.fillPolygon(xs, ys, count, color);
    }

    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
        svg.fillBand(xs, tops, bottoms, count, color);
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
        svg.fillCircle(centreX, centreY, radius, color);
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double lineWidth, Rgba color) {
        svg.strokeCircle(centreX, centreY, radius, lineWidth, color);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        texts.add(new TextBox(text, x, y - style.size() * 0.76, x + textWidth(text, style), y + style.size() * 0.24));
        svg.text(text, x, y, style, color);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return svg.textWidth(text, style);
    }
}
