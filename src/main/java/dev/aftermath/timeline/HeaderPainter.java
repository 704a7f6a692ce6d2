package dev.aftermath.timeline;

import dev.aftermath.analysis.DurationWords;
import dev.aftermath.analysis.KeyDuration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The title, a line of facts (severity, when, the zone) and the key durations as figures on the right. */
final class HeaderPainter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final List<KeyDuration> SHOWN = List.of(KeyDuration.TIME_TO_DETECT, KeyDuration.TIME_TO_MITIGATE,
            KeyDuration.TIME_TO_RESOLVE);

    private HeaderPainter() {
    }

    static void paint(PreparedTimeline timeline, TimelineLayout layout, double width, Theme theme, Painter painter) {
        double s = theme.scale();
        double figuresLeft = paintFigures(timeline.milestones().durations(), layout, width, theme, painter);
        double room = figuresLeft - layout.margin() - 24 * s;
        TextStyle titleStyle = TextStyle.bold(theme.size(22));
        String title = timeline.incident().title().isBlank() ? "Untitled incident" : timeline.incident().title();
        TimelineRenderer.fitted(title, room, titleStyle, painter).ifPresent(text ->
                painter.text(text, layout.margin(), layout.headerTop() + 22 * s, titleStyle, theme.text()));
        TextStyle factStyle = TextStyle.regular(theme.size(13));
        TimelineRenderer.fitted(facts(timeline), room, factStyle, painter).ifPresent(text ->
                painter.text(text, layout.margin(), layout.headerTop() + 46 * s, factStyle, theme.mutedText()));
    }

    static String facts(PreparedTimeline timeline) {
        List<String> parts = new ArrayList<>();
        if (timeline.incident().severity() != null) {
            parts.add(timeline.incident().severity().name());
        }
        ZoneId zone = timeline.incident().zone();
        timeline.window().ifPresent(span -> {
            parts.add(when(span[0], span[1], zone));
            parts.add("times in " + TickPlanner.zoneLabel(zone, span[0], span[1]));
        });
        return String.join("  ·  ", parts);
    }

    private static String when(long from, long to, ZoneId zone) {
        ZonedDateTime start = Instant.ofEpochMilli(from).atZone(zone);
        ZonedDateTime end = Instant.ofEpochMilli(to).atZone(zone);
        String startText = DAY.format(start) + " " + TimelineRenderer.CLOCK.format(start);
        String endText = start.toLocalDate().equals(end.toLocalDate())
                ? TimelineRenderer.CLOCK.format(end)
                : DAY.format(end) + " " + TimelineRenderer.CLOCK.format(end);
        return startText + " – " + endText + " (" + DurationWords.of(Duration.ofMillis(to - from)) + ")";
    }

    /** Paints the figures right-aligned and returns where the leftmost starts. */
    private static double paintFigures(Map<KeyDuration, Duration> durations, TimelineLayout layout, double width,
                                       Theme theme, Painter painter) {
        double s = theme.scale();
        TextStyle labelStyle = TextStyle.regular(theme.size(11));
        TextStyle valueStyle = TextStyle.bold(theme.size(19));
        double x = width - layout.margin();
        for (int i = SHOWN.size() - 1; i >= 0; i--) {
            KeyDuration key = SHOWN.get(i);
            Duration duration = durations.get(key);
            if (duration == null) {
                continue;
            }
            String label = key.label();
            String value = DurationWords.of(duration);
            double figureWidth = Math.max(painter.textWidth(label, labelStyle), painter.textWidth(value, valueStyle));
            x -= figureWidth;
            painter.text(label, x, layout.headerTop() + 10 * s, labelStyle, theme.mutedText());
            painter.text(value, x, layout.headerTop() + 34 * s, valueStyle,
                    key == KeyDuration.TIME_TO_DETECT ? theme.phaseText(Phase.UNDETECTED) : theme.text());
            x -= 28 * s;
        }
        return x;
    }
}
