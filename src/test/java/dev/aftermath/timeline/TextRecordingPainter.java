package dev.aftermath.timeline;

import java.util.ArrayList;
import java.util.List;

/** Draws nothing, measures seven pixels a character, remembers every text drawn with its box and counts rectangles. */
final class TextRecordingPainter implements Painter {

    record Text(String text, double left, double top, double right, double bottom) {

        boolean overlaps(Text other) {
            return left < other.right - 0.5 && other.left < right - 0.5 && top < other.bottom - 0.5
                    && other.top < bottom - 0.5;
        }
    }

    final List<Text> texts = new ArrayList<>();
    int filledRects;

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba color) {
        filledRects++;
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double radius, Rgba color) {
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, double dash, Rgba color) {
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count, double lineWidth, Rgba color) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count, Rgba color) {
    }

    @Override
    public void fillBand(double[] xs, double[] tops, double[] bottoms, int count, Rgba color) {
    }

    @Override
    public void fillCircle(double centreX, double centreY, double radius, Rgba color) {
    }

    @Override
    public void strokeCircle(double centreX, double centreY, double radius, double lineWidth, Rgba color) {
    }

    @Override
    public void text(String text, double x, double y, TextStyle style, Rgba color) {
        texts.add(new Text(text, x, y - style.size() * 0.76, x + textWidth(text, style), y + style.size() * 0.24));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return text.codePointCount(0, text.length()) * style.size() * 0.6;
    }
}
