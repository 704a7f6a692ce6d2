package dev.aftermath.bench;

import dev.aftermath.export.picture.Java2dPainter;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.timeline.M4;
import dev.aftermath.timeline.MinMaxPyramid;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimeScale;
import dev.aftermath.timeline.TimelineFixtures;
import dev.aftermath.timeline.TimelineFrame;
import dev.aftermath.timeline.TimelineRenderer;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Frame times of the timeline painted by Java2D into a 1920x1080 image while panning: 10M metric points (two
 * series of 5M) and 5,000 entries. Also the pyramid build time. Not a unit test (surefire leaves bench out).
 *
 * <p>Run: {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.aftermath.bench.TimelineRenderBenchmark -Djava.awt.headless=true}
 */
public final class TimelineRenderBenchmark {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int WARM_UP_FRAMES = 150;
    private static final int FRAMES = 400;

    private TimelineRenderBenchmark() {
    }

    public static void main(String[] args) {
        long startBuild = System.nanoTime();
        Incident incident = TimelineFixtures.manyEntries(5000).withSeries(List.of(
                TimelineFixtures.latency(5_000_000), TimelineFixtures.errorRate(5_000_000)));
        System.out.printf("fixture: %d entries, %d points, built in %.0f ms%n", incident.entries().size(),
                incident.series().stream().mapToInt(MetricSeries::size).sum(), (System.nanoTime() - startBuild) / 1e6);

        double[] buildMillis = new double[5];
        PreparedTimeline timeline = null;
        for (int i = 0; i < buildMillis.length; i++) {
            long start = System.nanoTime();
            timeline = PreparedTimeline.of(incident);
            buildMillis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(buildMillis);
        System.out.printf("prepare (milestones, lanes, pyramids for 10M points): median %.1f ms, min %.1f ms%n",
                buildMillis[buildMillis.length / 2], buildMillis[0]);

        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        TimelineFrame fit = TimelineFrame.picture(WIDTH, HEIGHT, Theme.LIGHT);
        Java2dPainter painter = new Java2dPainter(image);
        PaintedTimeline first = TimelineRenderer.paint(timeline, fit, painter);
        report("fit, panning", frames(timeline, fit, first.scale(), painter, 1.0));
        report("zoomed in 8x, panning", frames(timeline, fit, first.scale(), painter, 8.0));
        report("zoomed in 400x (raw points), panning", frames(timeline, fit, first.scale(), painter, 400.0));
        report("fit, entries only (no metrics)",
                frames(PreparedTimeline.of(incident.withSeries(List.of())), fit, first.scale(), painter, 1.0));
        report("fit, metrics only (no entries)",
                frames(PreparedTimeline.of(incident.withEntries(List.of())), fit, first.scale(), painter, 1.0));
        painter.dispose();
        reportM4(incident.series().get(0), timeline.pyramid(0), first.scale());
    }

    /** The M4 reduction alone, from the pyramid and by a scan of every point, for one series of 5M points. */
    private static void reportM4(MetricSeries series, MinMaxPyramid pyramid, TimeScale scale) {
        int columns = (int) Math.ceil(scale.width());
        double[] fromPyramid = new double[200];
        double[] byScan = new double[20];
        for (int i = -50; i < fromPyramid.length; i++) {
            long start = System.nanoTime();
            pyramid.columns(scale.pan(i), columns);
            if (i >= 0) {
                fromPyramid[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        for (int i = -3; i < byScan.length; i++) {
            long start = System.nanoTime();
            M4.scan(series.timestamps(), series.values(), scale.pan(i), columns);
            if (i >= 0) {
                byScan[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        report("M4 of 5M points, " + columns + " columns, pyramid", fromPyramid);
        report("M4 of 5M points, " + columns + " columns, full scan", byScan);
    }

    private static double[] frames(PreparedTimeline timeline, TimelineFrame fit, TimeScale fitScale,
                                   Java2dPainter painter, double zoom) {
        TimeScale scale = fitScale.zoom(zoom, fitScale.left() + fitScale.width() / 3);
        double[] millis = new double[FRAMES];
        for (int frame = -WARM_UP_FRAMES; frame < FRAMES; frame++) {
            TimeScale panned = scale.pan(Math.sin(frame / 40.0) * fitScale.width() / 6);
            long start = System.nanoTime();
            TimelineRenderer.paint(timeline, fit.withScale(panned), painter);
            if (frame >= 0) {
                millis[frame] = (System.nanoTime() - start) / 1e6;
            }
        }
        return millis;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf("%-44s median %6.2f ms, p95 %6.2f ms (%.0f per second at the median)%n", what, median,
                p95, 1000 / median);
    }
}
