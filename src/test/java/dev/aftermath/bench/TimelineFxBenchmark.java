package dev.aftermath.bench;

import dev.aftermath.app.fx.FxTaskRunner;
import dev.aftermath.app.timeline.TimelineView;
import dev.aftermath.app.timeline.TimelineViewModel;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimeWindow;
import dev.aftermath.timeline.TimelineFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The timeline on screen, in a real 1920x1080 window: frames per second and FX-thread time per frame while
 * panning 10M metric points (two series of 5M) and 5,000 entries, the same for a stock {@code LineChart} of the
 * same data as the yardstick, and the time from an incident of 1M points being loaded to its first painted
 * timeline. Needs a display; run it under Xvfb with the software pipeline (docs/benchmarks-timeline.md).
 */
public final class TimelineFxBenchmark extends Application {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;
    private static final double WARM_UP_SECONDS = 2;
    private static final double MEASURE_SECONDS = 6;
    private static final int FIRST_PAINT_RUNS = 9;

    private final SimpleObjectProperty<Incident> shown = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final FxTaskRunner runner = new FxTaskRunner();
    private Stage stage;
    private FrameMeter meter;
    private TimelineView view;

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        StackPane root = new StackPane();
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        meter = new FrameMeter(scene, 10_000);
        TimelineViewModel viewModel = TimelineViewModel.editing(shown, selected, runner);
        view = new TimelineView(viewModel, null);
        root.getChildren().add(view);
        stage.setScene(scene);
        stage.show();
        System.out.printf("JavaFX %s, prism.order=%s, %s %s, %d cores%n", System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        CompletableFuture.supplyAsync(TimelineFxBenchmark::bigIncident)
                .thenAccept(big -> Platform.runLater(() -> run(big)));
    }

    private static Incident bigIncident() {
        long start = System.nanoTime();
        Incident big = TimelineFixtures.manyEntries(5000).withSeries(List.of(TimelineFixtures.latency(5_000_000),
                TimelineFixtures.errorRate(5_000_000)));
        System.out.printf("fixture: 5,000 entries and 10M points built in %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        return big;
    }

    private void run(Incident big) {
        firstPaints(new ArrayList<>(), () -> EmptyCanvasBaseline.run(stage, meter,
                () -> panTimeline(big, 1, "timeline, whole incident in view",
                () -> panTimeline(big, 8, "timeline, zoomed in 8x",
                        () -> LineChartYardstick.run(stage, meter, big, this::finish)))));
    }

    /** Shows an incident of 1M points (fresh series each time, so nothing is reused) and times its first paint. */
    private void firstPaints(List<Double> millis, Runnable next) {
        if (millis.size() == FIRST_PAINT_RUNS + 2) {
            List<Double> measured = millis.subList(2, millis.size());
            double[] values = measured.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf("first painted timeline after loading 1M points: median %.0f ms, p95 %.0f ms, "
                    + "all %s (after 2 warm-up runs)%n", FrameMeter.percentile(values, 0.5),
                    FrameMeter.percentile(values, 0.95), measured.stream().map(v -> String.format("%.0f", v))
                            .toList());
            next.run();
            return;
        }
        Incident payments = TimelineFixtures.payments();
        Incident incident = new Incident(UUID.randomUUID(), payments.title(), payments.severity(),
                payments.status(), payments.zone(), payments.affected(), payments.entries(),
                List.of(fresh(TimelineFixtures.latency(500_000)), fresh(TimelineFixtures.errorRate(500_000))),
                payments.rca(), payments.pinnedMilestones());
        long start = System.nanoTime();
        view.paintedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends PaintedTimeline> observable, PaintedTimeline old,
                                PaintedTimeline now) {
                PreparedTimeline prepared = view.viewModel().preparedProperty().get();
                if (now != null && prepared != null && prepared.incident() == incident) {
                    view.paintedProperty().removeListener(this);
                    millis.add((System.nanoTime() - start) / 1e6);
                    Platform.runLater(() -> firstPaints(millis, next));
                }
            }
        });
        shown.set(incident);
    }

    private static MetricSeries fresh(MetricSeries series) {
        return new MetricSeries(UUID.randomUUID(), series.name(), series.unit(), series.timestamps(),
                series.values());
    }

    /** Pans back and forth by a third of the view every two seconds, as a steady drag would. */
    private void panTimeline(Incident big, double zoom, String what, Runnable next) {
        shown.set(big);
        waitUntil(() -> view.viewModel().preparedProperty().get() != null
                && view.viewModel().preparedProperty().get().incident() == big, () -> {
                    view.viewModel().fit();
                    TimeWindow fitted = view.viewModel().windowProperty().get();
                    TimeWindow base = fitted.zoom(zoom, fitted.start() + fitted.span() / 3, Double.MAX_VALUE);
                    pan(what, t -> view.viewModel().windowProperty().set(
                            base.pan(Math.sin(t * Math.PI) * base.span() / 3)), next);
                });
    }

    interface Motion {
        void at(double seconds);
    }

    /** Runs {@code motion} every pulse, warms up, then measures; used by the yardstick too. */
    static void pan(FrameMeter meter, String what, Motion motion, Runnable next) {
        new AnimationTimer() {
            private long started = -1;
            private boolean recording;

            @Override
            public void handle(long now) {
                if (started < 0) {
                    started = now;
                }
                double seconds = (now - started) / 1e9;
                motion.at(seconds);
                if (seconds >= WARM_UP_SECONDS && !recording) {
                    recording = true;
                    meter.startRecording();
                }
                if (seconds >= WARM_UP_SECONDS + MEASURE_SECONDS) {
                    stop();
                    System.out.printf("%-40s %s%n", what + ":", meter.stopRecording().describe());
                    Platform.runLater(next);
                }
            }
        }.start();
    }

    private void pan(String what, Motion motion, Runnable next) {
        pan(meter, what, motion, next);
    }

    private static void waitUntil(BooleanSupplier ready, Runnable then) {
        AnimationTimer poll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (ready.getAsBoolean()) {
                    stop();
                    Platform.runLater(then);
                }
            }
        };
        poll.start();
    }

    private void finish() {
        meter.stop();
        runner.close();
        Platform.exit();
    }
}
