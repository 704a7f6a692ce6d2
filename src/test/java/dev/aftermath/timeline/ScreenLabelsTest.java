package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The screen's labels are placed once per zoom, over the whole lane, and only move while the view pans. */
class ScreenLabelsTest {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;
    private static final PreparedTimeline MANY = PreparedTimeline.of(TimelineFixtures.manyEntries(2000));
    private static final double MILLIS_PER_PIXEL = 5_000;

    private static TimelineFrame screen(PreparedTimeline timeline, double zoom, double panShare, Theme theme) {
        TimeScale fit = timeline.fit(0, WIDTH);
        TimeScale zoomed = fit.zoom(zoom, WIDTH / 2).pan(panShare * WIDTH);
        return new TimelineFrame(WIDTH, HEIGHT, theme, zoomed, null, null, TimelineFrame.Use.SCREEN);
    }

    @ParameterizedTest(name = "zoomed in {0}x")
    @ValueSource(doubles = {1, 8, 60})
    void panningByNPixelsMovesEveryLabelByNPixels(double zoom) {
        TimelineFrame frame = screen(MANY, zoom, 0, Theme.LIGHT);
        PaintedTimeline before = TimelineRenderer.paint(MANY, frame, new TextRecordingPainter());
        double n = 137.25;

        PaintedTimeline after = TimelineRenderer.paint(MANY, frame.withScale(before.scale().pan(n)),
                new TextRecordingPainter());

        Map<List<UUID>, EntryHit> moved = after.hits().stream()
                .collect(Collectors.toMap(EntryHit::entryIds, Function.identity()));
        int compared = 0;
        for (EntryHit hit : before.hits()) {
            if (hit.x() > before.scale().left() + 1 && hit.x() + hit.width() + n < before.scale().right() - 1) {
                EntryHit same = moved.get(hit.entryIds());
                assertNotNull(same, "still labelled after the pan: " + hit);
                assertEquals(hit.x() + n, same.x(), 1e-3);
                assertEquals(hit.y(), same.y(), 1e-9, "same row");
                assertEquals(hit.width(), same.width(), 1e-3, "same text");
                compared++;
            }
        }
        assertTrue(compared > 10, "compared " + compared);
    }

    @Test
    void aZoomIsPlacedOnceAndAnotherZoomIsPlacedAfresh() {
        PreparedTimeline timeline = PreparedTimeline.of(TimelineFixtures.manyEntries(500));
        TextRecordingPainter painter = new TextRecordingPainter();
        LaneLabels first = timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.LIGHT, null, painter);

        assertSame(first, timeline.labelsAtZoom(0, MILLIS_PER_PIXEL * (1 + 1e-12), 3, Theme.LIGHT, null, painter),
                "a pan changes the zoom in its last digits only");
        LaneLabels closer = timeline.labelsAtZoom(0, MILLIS_PER_PIXEL / 4, 3, Theme.LIGHT, null, painter);
        assertNotSame(first, closer);
        assertEquals(4 * first.requests().get(7).anchorX(), closer.requests().get(7).anchorX(), 1e-6);
        assertTrue(clustered(closer) < clustered(first), clustered(closer) + " hidden, before " + clustered(first));
        assertNotSame(first, timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 2, Theme.LIGHT, null, painter), "rows");
        assertNotSame(first, timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.CONTRAST, null, painter), "type");
        assertSame(first, timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.LIGHT, null, painter),
                "several zooms are kept");
    }

    private static long clustered(LaneLabels labels) {
        return labels.placements().stream().mapToLong(placement -> placement.clustered().size()).sum();
    }

    @Test
    void selectingALabelledEntryMovesNoLabelAndSelectingAClusteredOneBringsItsLabelOut() {
        PreparedTimeline timeline = PreparedTimeline.of(TimelineFixtures.manyEntries(500));
        TextRecordingPainter painter = new TextRecordingPainter();
        LaneLabels plain = timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.LIGHT, null, painter);
        UUID labelled = plain.entries().get(plain.placements().get(3).request()).id();
        int hiddenIndex = plain.placements().stream().flatMap(placement -> placement.clustered().stream())
                .skip(5).findFirst().orElseThrow();
        UUID hidden = plain.entries().get(hiddenIndex).id();

        assertSame(plain, timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.LIGHT, labelled, painter));
        LaneLabels revealed = timeline.labelsAtZoom(0, MILLIS_PER_PIXEL, 3, Theme.LIGHT, hidden, painter);
        assertTrue(revealed.placements().stream().anyMatch(placement -> placement.request() == hiddenIndex));
        assertEquals(-1, revealed.hidden(hidden));
    }

    @Test
    void theViewAnIncidentOpensWithCutsNoLabelAtItsRightEdge() {
        PreparedTimeline timeline = PreparedTimeline.of(TimelineFixtures.payments());
        TimelineFrame frame = new TimelineFrame(WIDTH, HEIGHT, Theme.LIGHT, null, null, null,
                TimelineFrame.Use.SCREEN);
        PaintedTimeline painted = TimelineRenderer.paint(timeline, frame, new TextRecordingPainter());
        TimeScale scale = painted.scale();
        double shift = scale.x(timeline.labelOrigin());
        int leftOfMarkers = 0;

        for (int lane = 0; lane < timeline.lanes().size(); lane++) {
            LaneLabels labels = timeline.labelsAtZoom(lane, scale.millisPerPixel(), 2, Theme.LIGHT, null,
                    new TextRecordingPainter());
            for (LabelPlacer.Placement placement : labels.placements()) {
                double anchor = placement.anchorX() + shift;
                if (anchor >= scale.left() && anchor <= scale.right()) {
                    assertTrue(placement.x() + placement.textWidth() + shift <= scale.right() + 1e-6,
                            "whole: " + placement);
                    leftOfMarkers += placement.leftOfMarker() ? 1 : 0;
                }
            }
        }
        assertTrue(leftOfMarkers > 0, "the last labels before the edge go left of their markers");
    }

    static Stream<Arguments> views() {
        return Stream.of(Theme.LIGHT, Theme.CONTRAST).flatMap(theme -> Stream.of(1.0, 3.0, 20.0).flatMap(zoom ->
                Stream.of(-0.45, 0.13, 0.5).map(pan -> Arguments.of(theme.name(), theme, zoom, pan))));
    }

    @ParameterizedTest(name = "{0}, zoomed in {2}x, panned by {3} of the width")
    @MethodSource("views")
    void labelsCutAtThePlotsEdgesStayInsideItAndNoTwoTextsOverlap(String name, Theme theme, double zoom,
                                                                 double pan) {
        TextRecordingPainter painter = new TextRecordingPainter();
        PaintedTimeline painted = TimelineRenderer.paint(MANY, screen(MANY, zoom, pan, theme), painter);

        for (EntryHit hit : painted.hits()) {
            assertTrue(hit.x() >= painted.scale().left() - 1e-9
                    && hit.x() + hit.width() <= painted.scale().right() + 1e-9, "inside the plot: " + hit);
        }
        List<TextRecordingPainter.Text> texts = painter.texts;
        for (int i = 0; i < texts.size(); i++) {
            TextRecordingPainter.Text text = texts.get(i);
            assertTrue(text.left() >= 0 && text.right() <= WIDTH, "inside: " + text);
            for (int j = i + 1; j < texts.size(); j++) {
                assertTrue(!text.overlaps(texts.get(j)), text + " overlaps " + texts.get(j));
            }
        }
    }
}
