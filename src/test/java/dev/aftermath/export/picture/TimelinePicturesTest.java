package dev.aftermath.export.picture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.EntryHit;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimelineFixtures;
import dev.aftermath.timeline.TimelineFrame;
import dev.aftermath.timeline.TimelineRenderer;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimelinePicturesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/aftermath/export/picture");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> incidentsAndThemes() {
        Map<String, Incident> incidents = Map.of("payments", TimelineFixtures.payments(),
                "no metrics", TimelineFixtures.withoutMetrics(), "one entry", TimelineFixtures.oneEntry(),
                "no milestones", TimelineFixtures.noMilestones(), "ten minutes", TimelineFixtures.tenMinutes(),
                "three days", TimelineFixtures.threeDays(), "5,000 entries", TimelineFixtures.manyEntries(5000),
                "empty", Incident.create("Nothing yet", TimelineFixtures.BERLIN));
        return incidents.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(incident ->
                Theme.ALL.stream().flatMap(theme -> Stream.of(new int[] {1600, 900}, new int[] {1920, 1080},
                                new int[] {640, 400})
                        .map(size -> Arguments.of(incident.getKey(), incident.getValue(), theme, size[0], size[1]))));
    }

    @ParameterizedTest(name = "{0}, {2}, {3}x{4}")
    @MethodSource("incidentsAndThemes")
    void everyTextStaysInsideThePictureAndNoTwoTextsOverlap(String name, Incident incident, Theme theme, int width,
                                                            int height) {
        RecordingPainter painter = new RecordingPainter(width, height);
        TimelineRenderer.paint(PreparedTimeline.of(incident), TimelineFrame.picture(width, height, theme), painter);

        List<RecordingPainter.TextBox> texts = painter.texts;
        assertTrue(texts.size() > 1);
        for (int i = 0; i < texts.size(); i++) {
            RecordingPainter.TextBox box = texts.get(i);
            assertTrue(box.left() >= 0 && box.right() <= width && box.top() >= 0 && box.bottom() <= height,
                    "inside: " + box);
            for (int j = i + 1; j < texts.size(); j++) {
                assertTrue(!box.overlaps(texts.get(j)), box + " overlaps " + texts.get(j));
            }
        }
        assertTrue(painter.polylineVertices <= 4 * width, "a few thousand vertices at most");
    }

    @Test
    void anInteractiveFrameShowsCursorThresholdAndSelectionAndTellsWhereEntriesAre() {
        Incident payments = TimelineFixtures.payments();
        Incident incident = payments.mapSeries(payments.series().get(0).id(), series -> series.withThreshold(1500.0));
        PreparedTimeline timeline = PreparedTimeline.of(incident);
        long cursor = TimelineFixtures.berlin(15, 0).toEpochMilli();
        TimelineFrame frame = TimelineFrame.picture(1600, 900, Theme.DARK).withCursor(cursor)
                .withSelected(incident.entries().get(2).id());
        RecordingPainter painter = new RecordingPainter(1600, 900);
        PaintedTimeline painted = TimelineRenderer.paint(timeline, frame, painter);

        List<String> texts = painter.texts.stream().map(RecordingPainter.TextBox::text).toList();
        assertTrue(texts.contains("15:00:00"), "cursor readout");
        assertTrue(texts.contains("threshold 1,500 ms"));
        EntryHit page = painted.hits().stream()
                .filter(hit -> hit.entryIds().contains(incident.entries().get(2).id())).findFirst().orElseThrow();
        double markerX = painted.scale().x(incident.entries().get(2).at());
        assertTrue(page.contains(markerX, page.y() + page.height() / 2));

        PaintedTimeline zoomed = TimelineRenderer.paint(timeline,
                frame.withScale(painted.scale().zoom(4, markerX)), new RecordingPainter(1600, 900));
        assertEquals(markerX, zoomed.scale().x(incident.entries().get(2).at()), 1e-6, "zoomed around the marker");
    }

    @Test
    void svgMatchesTheGoldenFileByteForByte() throws IOException {
        String svg = new SvgExporter().svg(TimelineFixtures.payments());
        Path golden = GOLDEN.resolve("payments-light.svg");
        if (UPDATE) {
            Files.writeString(golden, svg, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), svg);
    }

    @Test
    void svgKeepsTextAsEscapedText() {
        Incident incident = TimelineFixtures.oneEntry().withTitle("Fish & chips <b>\"hot\"</b>\u0007");
        String svg = new SvgExporter().svg(incident);
        assertTrue(svg.contains(">Fish &amp; chips &lt;b&gt;&quot;hot&quot;&lt;/b&gt;</text>"), svg);
        assertTrue(svg.contains(">Something looked odd</text>"));
    }

    @Test
    void pngMatchesTheGoldenImageWithinATolerance() throws IOException {
        PngExporter exporter = new PngExporter(new PictureOptions(1200, 675, Theme.LIGHT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(TimelineFixtures.payments(), ExportOptions.DEFAULT, out);
        Path golden = GOLDEN.resolve("payments-light.png");
        if (UPDATE) {
            Files.write(golden, out.toByteArray());
        }
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        BufferedImage expected = ImageIO.read(golden.toFile());
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        long differing = 0;
        double totalDifference = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int difference = channelDifference(expected.getRGB(x, y), actual.getRGB(x, y));
                totalDifference += difference;
                if (difference > 48) {
                    differing++;
                }
            }
        }
        long pixels = (long) expected.getWidth() * expected.getHeight();
        assertTrue(differing <= pixels / 200, differing + " pixels differ clearly");
        assertTrue(totalDifference / pixels < 2.0, "mean difference " + totalDifference / pixels);
    }

    @Test
    void picturesArePaintedWithoutADisplay() throws IOException {
        assertTrue(GraphicsEnvironment.isHeadless(), "the build runs headless, as CI and servers do");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new PngExporter().write(TimelineFixtures.tenMinutes(), ExportOptions.DEFAULT, first);
        new PngExporter().write(TimelineFixtures.tenMinutes(), ExportOptions.DEFAULT, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(first.toByteArray()));
        assertEquals(1600, image.getWidth());
        assertEquals(900, image.getHeight());
    }

    @Test
    void exportersNameTheirFormats() {
        assertEquals("png", new PngExporter().format());
        assertEquals("png", new PngExporter().fileExtension());
        assertEquals("svg", new SvgExporter().format());
        assertEquals("svg", new SvgExporter().fileExtension());
    }

    @Test
    void svgNumbersHaveTwoDecimalsAtMostAndNoLocale() {
        assertEquals("0", SvgPainter.num(-0.001));
        assertEquals("12.5", SvgPainter.num(12.5));
        assertEquals("-3.07", SvgPainter.num(-3.0705));
        assertEquals("1600", SvgPainter.num(1600));
    }

    private static int channelDifference(int a, int b) {
        return Math.max(Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)),
                Math.max(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)), Math.abs((a & 0xFF) - (b & 0xFF))));
    }
}
