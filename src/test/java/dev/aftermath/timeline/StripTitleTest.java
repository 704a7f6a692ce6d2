package dev.aftermath.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aftermath.model.MetricSeries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StripTitleTest {

    private static final double MARGIN = 24;
    private static final double GUTTER_END = 204;

    @Test
    void aShortNameKeepsItsUnitOnTheSameLine() {
        List<TextRecordingPainter.Text> texts = titleOf("p95 latency", "ms", 30);

        assertThat(texts).extracting(TextRecordingPainter.Text::text).containsExactly("p95 latency", "ms");
        assertThat(texts.get(1).left()).isGreaterThan(texts.get(0).right());
        assertThat(texts.get(1).bottom()).isCloseTo(texts.get(0).bottom(), within(1.0));
    }

    @Test
    void aLongNameInAStripThatHoldsTwoTightLinesPutsItsUnitUnderneathRatherThanLoseLetters() {
        List<TextRecordingPainter.Text> texts = titleOf("busy web threads", "share", 30);

        assertThat(texts).extracting(TextRecordingPainter.Text::text)
                .containsExactly("busy web threads", "share");
        assertThat(texts.get(1).top()).isGreaterThanOrEqualTo(texts.get(0).bottom());
        assertThat(texts).allSatisfy(text -> assertThat(text.bottom()).isLessThanOrEqualTo(130));
    }

    @Test
    void aStripTooThinForTwoLinesShortensTheNameAndKeepsTheUnit() {
        List<TextRecordingPainter.Text> texts = titleOf("web servers in service", "servers", 24);

        assertThat(texts).extracting(TextRecordingPainter.Text::text).last().isEqualTo("servers");
        assertThat(texts.get(0).text()).endsWith(LabelPlacer.ELLIPSIS);
        assertThat(texts.get(1).left()).isGreaterThan(texts.get(0).right());
    }

    private static List<TextRecordingPainter.Text> titleOf(String name, String unit, double stripHeight) {
        TextRecordingPainter painter = new TextRecordingPainter();
        MetricSeries series = new MetricSeries(UUID.randomUUID(), name, unit, new long[0], new double[0], null);
        TimelineLayout.StripBox box = new TimelineLayout.StripBox(0, 100, stripHeight);
        StripTitle.paint(series, unit, box, layout(), Theme.LIGHT, Rgba.rgb(0x3366cc), painter);
        return painter.texts;
    }

    private static TimelineLayout layout() {
        return new TimelineLayout(MARGIN, GUTTER_END, 1000, 0, 0, 0, 0, 0, 0, 24, List.of(), List.of(), 0, 600, false,
                600);
    }
}
