package dev.aftermath.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A frame too short for every metric strip says how many it left out instead of dropping them silently. */
class HiddenSeriesTest {

    private static final Incident WITH_SIX_SERIES = withSixSeries();

    @Test
    void aTallViewShowsEverySeriesAndNoNote() {
        TextRecordingPainter painter = new TextRecordingPainter();

        PaintedTimeline painted = TimelineRenderer.paint(PreparedTimeline.of(WITH_SIX_SERIES), screen(900), painter);

        assertThat(painted.strips()).hasSize(6);
        assertThat(painter.texts).noneMatch(text -> text.text().contains("more series"));
    }

    @Test
    void aShortViewCountsTheSeriesWithoutRoomAndTellsHowToSeeThem() {
        TextRecordingPainter painter = new TextRecordingPainter();

        PaintedTimeline painted = TimelineRenderer.paint(PreparedTimeline.of(WITH_SIX_SERIES), screen(260), painter);

        int hidden = 6 - painted.strips().size();
        assertThat(hidden).isPositive();
        assertThat(painter.texts).anyMatch(text -> text.text().startsWith("+" + hidden + " more series: drag")
                && text.top() >= painted.plotBottom() && text.bottom() <= 260);
    }

    @Test
    void aShortPictureSaysTheSeriesAreNotShown() {
        TextRecordingPainter painter = new TextRecordingPainter();

        TimelineRenderer.paint(PreparedTimeline.of(WITH_SIX_SERIES), TimelineFrame.picture(1200, 300, Theme.LIGHT),
                painter);

        assertThat(painter.texts).anyMatch(text -> text.text().matches("\\+\\d more series not shown"));
    }

    private static TimelineFrame screen(double height) {
        return new TimelineFrame(1200, height, Theme.LIGHT, null, null, null, TimelineFrame.Use.SCREEN);
    }

    private static Incident withSixSeries() {
        Incident payments = TimelineFixtures.payments();
        List<MetricSeries> series = new ArrayList<>(payments.series());
        for (int i = series.size(); i < 6; i++) {
            MetricSeries like = TimelineFixtures.latency(500);
            series.add(new MetricSeries(UUID.randomUUID(), "latency copy " + i, like.unit(), like.timestamps(),
                    like.values(), null));
        }
        return payments.withSeries(series);
    }
}
