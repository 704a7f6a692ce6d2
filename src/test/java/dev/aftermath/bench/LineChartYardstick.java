package dev.aftermath.bench;

import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick: a stock {@code LineChart} of the same two series, panned the same way. It cannot take 10M points
 * (a node per point), so each series is thinned to every {@value #EVERY}th point: 10,000 points in all, which is
 * what a chart of this kind is usually given. Symbols and animation are off, as anyone would set them.
 */
final class LineChartYardstick {

    static final int EVERY = 1000;

    private LineChartYardstick() {
    }

    static void run(Stage stage, FrameMeter meter, Incident incident, Runnable next) {
        NumberAxis time = new NumberAxis();
        time.setAutoRanging(false);
        time.setForceZeroInRange(false);
        NumberAxis value = new NumberAxis();
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        for (MetricSeries series : incident.series()) {
            XYChart.Series<Number, Number> thinned = new XYChart.Series<>();
            thinned.setName(series.name());
            for (int i = 0; i < series.size(); i += EVERY) {
                thinned.getData().add(new XYChart.Data<>(series.timestamps()[i], series.values()[i]));
            }
            chart.getData().add(thinned);
        }
        ((StackPane) stage.getScene().getRoot()).getChildren().setAll(chart);
        MetricSeries first = incident.series().get(0);
        double from = first.timestamps()[0];
        double span = first.timestamps()[first.size() - 1] - from;
        time.setTickUnit(span / 10);
        int points = incident.series().stream().mapToInt(series -> (series.size() + EVERY - 1) / EVERY).sum();
        TimelineFxBenchmark.pan(meter, "LineChart, " + points + " points", seconds -> {
            double shift = Math.sin(seconds * Math.PI) * span / 3;
            time.setLowerBound(from + shift);
            time.setUpperBound(from + span + shift);
        }, next);
    }
}
