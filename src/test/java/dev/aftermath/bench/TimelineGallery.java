package dev.aftermath.bench;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.picture.PictureOptions;
import dev.aftermath.export.picture.PngExporter;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimelineFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        System.out.println("pictures in " + folder.toAbsolutePath());
    }

    private static void write(Path file, Incident incident, PictureOptions options) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PngExporter(options).write(incident, ExportOptions.DEFAULT, out);
        }
    }
}
