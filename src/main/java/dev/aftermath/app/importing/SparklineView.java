package dev.aftermath.app.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/**
 * A small picture of a series: one polyline per run of columns with values (a gap breaks the line), zig-zagging
 * through each column's lowest and highest value so that a short spike stays visible. At most two points per
 * column, so the node count does not grow with the series. Colour comes from CSS ({@code .sparkline}).
 */
final class SparklineView extends Pane {

    static final double WIDTH = 160;
    static final double HEIGHT = 28;
    private static final double MARGIN = 2;

    SparklineView(Sparkline sparkline) {
        getStyleClass().add("sparkline");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        if (sparkline != null && !sparkline.isEmpty()) {
            getChildren().setAll(lines(sparkline));
        }
    }

    private static List<Polyline> lines(Sparkline sparkline) {
        List<Polyline> lines = new ArrayList<>();
        List<Double> points = new ArrayList<>();
        boolean endedHigh = false;
        for (int column = 0; column < sparkline.columns(); column++) {
            double low = sparkline.low()[column];
            if (Double.isNaN(low)) {
                flush(points, lines);
                continue;
            }
            double x = MARGIN + (WIDTH - 2 * MARGIN) * column / Math.max(1, sparkline.columns() - 1);
            double yLow = y(low, sparkline);
            double yHigh = y(sparkline.high()[column], sparkline);
            double first = endedHigh ? yHigh : yLow;
            double second = endedHigh ? yLow : yHigh;
            points.addAll(List.of(x, first, x, second));
            endedHigh = !endedHigh;
        }
        flush(points, lines);
        return lines;
    }

    private static void flush(List<Double> points, List<Polyline> lines) {
        if (points.size() == 4) {
            // A lone column: widen it a little so that a single point still shows.
            points.set(2, points.get(0) + 1.5);
        }
        if (!points.isEmpty()) {
            Polyline line = new Polyline();
            line.getPoints().setAll(points);
            line.getStyleClass().add("sparkline-line");
            lines.add(line);
            points.clear();
        }
    }

    private static double y(double value, Sparkline sparkline) {
        double span = sparkline.max() - sparkline.min();
        double fraction = span > 0 ? (value - sparkline.min()) / span : 0.5;
        return HEIGHT - MARGIN - fraction * (HEIGHT - 2 * MARGIN);
    }
}
