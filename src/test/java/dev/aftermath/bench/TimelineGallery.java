package dev.aftermath.bench;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.picture.Java2dPainter;
import dev.aftermath.export.picture.PictureOptions;
import dev.aftermath.export.picture.PngExporter;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimeScale;
import dev.aftermath.timeline.TimelineFixtures;
import dev.aftermath.timeline.TimelineFrame;
import dev.aftermath.timeline.TimelineRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes PNGs of the test incidents in every theme, to look at them. Run with
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.aftermath.bench.TimelineGallery -Dexec.args=/tmp/timeline -Djava.awt.headless=true}.
 */
public final class TimelineGallery {

    private TimelineGallery() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/timeline-gallery");
        Files.createDirectories(folder);
        Map<String, Incident> incidents = Map.of("payments", TimelineFixtures.payments(),
                "no-metrics", TimelineFixtures.withoutMetrics(), "one-entry", TimelineFixtures.oneEntry(),
                "no-milestones", TimelineFixtures.noMilestones(), "ten-minutes", TimelineFixtures.tenMinutes(),
                "three-days", TimelineFixtures.threeDays(), "many", TimelineFixtures.manyEntries(5000));
        for (Map.Entry<String, Incident> incident : incidents.entrySet()) {
            for (Theme theme : Theme.ALL) {
                boolean wanted = theme == Theme.LIGHT || incident.getKey().equals("payments");
                if (wanted) {
                    write(folder.resolve(incident.getKey() + "-" + theme.name() + ".png"), incident.getValue(),
                            PictureOptions.DOCUMENT.withTheme(theme));
                }
            }
        }
        write(folder.resolve("payments-slide-contrast.png"), TimelineFixtures.payments(),
                PictureOptions.SLIDE.withTheme(Theme.CONTRAST));
        writeInteractive(folder.resolve("payments-interactive-dark.png"), TimelineFixtures.payments());
        System.out.println("pictures in " + folder.toAbsolutePath());
    }

    /** A frame as the desktop shows it: zoomed in, with a cursor, a threshold and a selected entry. */
    private static void writeInteractive(Path file, Incident incident) throws IOException {
        BufferedImage image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
        Java2dPainter painter = new Java2dPainter(image);
        PreparedTimeline timeline = PreparedTimeline.of(
                incident.mapSeries(incident.series().get(0).id(), series -> series.withThreshold(1500.0)));
        TimelineFrame frame = TimelineFrame.picture(1600, 900, Theme.DARK)
                .withCursor(TimelineFixtures.berlin(14, 50).toEpochMilli())
                .withSelected(incident.entries().get(2).id())
                .withUse(TimelineFrame.Use.SCREEN);
        TimeScale fit = TimelineRenderer.paint(timeline, frame, painter).scale();
        TimelineRenderer.paint(timeline, frame.withScale(fit.zoom(3, fit.x(TimelineFixtures.berlin(14, 45)))), painter);
        painter.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static void write(Path file, Incident incident, PictureOptions options) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PngExporter(options).write(incident, ExportOptions.DEFAULT, out);
        }
    }
}
