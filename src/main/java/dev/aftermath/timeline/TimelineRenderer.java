package dev.aftermath.timeline;

import dev.aftermath.analysis.DurationWords;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Paints a whole timeline through a {@link Painter}: header, phase bands, axis, milestones, lanes of entries,
 * metric strips and legend. The same code paints the screen, PNG and SVG pictures. Stateless.
 */
public final class TimelineRenderer {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    static final DateTimeFormatter CLOCK_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private TimelineRenderer() {
    }

    public static PaintedTimeline paint(PreparedTimeline timeline, TimelineFrame frame, Painter painter) {
        Theme theme = frame.theme();
        TimelineLayout layout = TimelineLayout.of(timeline, frame.width(), frame.height(), theme,
                timeline.wantedRows(frame.width(), theme, painter), frame.use(), timeline.titlesWidth(theme, painter));
        TimeScale scale = frame.scale() == null
                ? timeline.fit(layout.left(), layout.plotWidth())
                : frame.scale().withArea(layout.left(), layout.plotWidth());
        painter.fillRect(0, 0, frame.width(), frame.height(), theme.background());
        if (frame.use().header()) {
            HeaderPainter.paint(timeline, layout, frame.width(), theme, painter);
        }
        if (timeline.extent().isEmpty()) {
            paintNothingToShow(layout, frame, theme, painter);
            return new PaintedTimeline(scale, layout.axisBottom(), layout.plotBottom(), List.of(), List.of(),
                    List.of());
        }
        paintBands(timeline, layout, scale, theme, painter);
        TickPlan ticks = AxisPainter.paint(timeline.incident().zone(), layout, scale, theme, painter);
        MilestonePainter.paintLines(timeline.markers(), layout, scale, theme, painter);
        List<EntryHit> hits = new ArrayList<>();
        for (TimelineLayout.LaneBox lane : layout.lanes()) {
            hits.addAll(paintLane(timeline, lane, layout, scale, frame, painter));
        }
        List<PaintedTimeline.StripHit> strips = new ArrayList<>();
        List<PaintedTimeline.SuggestionHit> suggestions = new ArrayList<>();
        for (TimelineLayout.StripBox strip : layout.strips()) {
            StripPainter.paint(timeline, strip, layout, scale, frame, painter);
            strips.add(new PaintedTimeline.StripHit(timeline.series().get(strip.series()).id(), strip.top(),
                    strip.top() + strip.height()));
            if (frame.use().suggestions()) {
                suggestions.addAll(SuggestionPainter.paint(timeline, strip, layout, scale, theme, painter));
            }
        }
        MilestonePainter.paintLabels(timeline.markers(), layout, scale, ticks.stepMillis(),
                timeline.incident().zone(), theme, painter);
        if (frame.cursorMillis() != null) {
            paintCursor(frame.cursorMillis(), layout, scale, timeline.incident().zone(), theme, painter);
        }
        if (layout.hiddenSeries() > 0) {
            paintHiddenSeries(layout, frame.use(), theme, painter);
        }
        if (layout.legend()) {
            LegendPainter.paint(timeline, layout, theme, painter);
        }
        return new PaintedTimeline(scale, layout.axisBottom(), layout.plotBottom(), hits, strips, suggestions);
    }

    /** A series without room must not vanish unnoticed: say how many there are and, on screen, how to see them. */
    private static void paintHiddenSeries(TimelineLayout layout, TimelineFrame.Use use, Theme theme,
                                          Painter painter) {
        int hidden = layout.hiddenSeries();
        String note = "+" + hidden + " more series"
                + (use == TimelineFrame.Use.SCREEN ? ": drag the divider down to show them" : " not shown");
        TextStyle style = TextStyle.regular(theme.size(12));
        double centre = layout.plotBottom() + TimelineLayout.HIDDEN_NOTE_HEIGHT * theme.scale() / 2;
        fitted(note, layout.right() - layout.margin(), style, painter).ifPresent(text -> painter.text(text,
                layout.margin() + 12 * theme.scale(), baseline(centre, style.size()), style, theme.mutedText()));
    }

    /**
     * A picture places the labels of what it shows in its own pixels, using every pixel up to its edges; the screen
     * takes them from the zoom's placing, kept while panning, so that labels stay put while the view moves.
     */
    private static List<EntryHit> paintLane(PreparedTimeline timeline, TimelineLayout.LaneBox lane,
                                            TimelineLayout layout, TimeScale scale, TimelineFrame frame,
                                            Painter painter) {
        Theme theme = frame.theme();
        if (frame.use() == TimelineFrame.Use.PICTURE) {
            LaneLabels labels = LaneLabels.inView(lane.lane(), lane.rows(), layout.left(), layout.right(), scale,
                    theme, frame.selected(), painter);
            return LanePainter.paint(lane, layout, scale, theme, frame.selected(), labels, 0, painter);
        }
        LaneLabels labels = timeline.labelsAtZoom(lane.index(), scale.millisPerPixel(), lane.rows(), theme,
                frame.selected(), painter);
        return LanePainter.paint(lane, layout, scale, theme, frame.selected(), labels,
                scale.x(timeline.labelOrigin()), painter);
    }

    private static void paintBands(PreparedTimeline timeline, TimelineLayout layout, TimeScale scale, Theme theme,
                                   Painter painter) {
        TextStyle style = TextStyle.bold(theme.size(12));
        double labelMinimum = painter.textWidth("00 min", style);
        for (Shade shade : shades(timeline.bands(), layout, scale)) {
            painter.fillRect(shade.x0(), layout.bandTop(), shade.x1() - shade.x0(),
                    layout.plotBottom() - layout.bandTop(), theme.phaseFill(shade.phase()));
            double room = shade.x1() - shade.x0() - 8 * theme.scale();
            if (shade.band() == null || room < labelMinimum) {
                continue;
            }
            // The phase and its duration, else the duration alone, else its compact form where the band is narrow.
            PhaseBand band = shade.band();
            String text = band.text();
            if (painter.textWidth(text, style) > room) {
                text = DurationWords.of(band.duration());
            }
            if (painter.textWidth(text, style) > room) {
                text = DurationWords.compact(band.duration());
            }
            double width = painter.textWidth(text, style);
            if (width <= room) {
                painter.text(text, shade.x0() + (shade.x1() - shade.x0() - width) / 2,
                        layout.bandTop() + 17 * theme.scale(), style, theme.phaseText(band.phase()));
            }
        }
    }

    /**
     * The bands in view as the rectangles to fill: bands of one phase less than a pixel apart are one rectangle,
     * so that an impact that came back a hundred times costs what the pixels cost, and such a rectangle has no
     * label, since no one duration describes it.
     */
    private static List<Shade> shades(List<PhaseBand> bands, TimelineLayout layout, TimeScale scale) {
        List<Shade> shades = new ArrayList<>();
        for (PhaseBand band : bands) {
            double x0 = Math.max(layout.left(), scale.x(band.start()));
            double x1 = Math.min(layout.right(), scale.x(band.end()));
            if (x1 <= x0) {
                continue;
            }
            Shade last = shades.isEmpty() ? null : shades.get(shades.size() - 1);
            if (last != null && last.phase() == band.phase() && x0 - last.x1() < 1) {
                shades.set(shades.size() - 1, new Shade(band.phase(), last.x0(), Math.max(last.x1(), x1), null));
            } else {
                shades.add(new Shade(band.phase(), x0, x1, band));
            }
        }
        return shades;
    }

    /** @param band the one band the rectangle shows, or null when it joins several */
    private record Shade(Phase phase, double x0, double x1, PhaseBand band) {
    }

    private static void paintCursor(long millis, TimelineLayout layout, TimeScale scale, ZoneId zone, Theme theme,
                                    Painter painter) {
        double x = scale.x(millis);
        if (x < layout.left() || x > layout.right()) {
            return;
        }
        double s = theme.scale();
        painter.strokeLine(x, layout.axisBottom(), x, layout.plotBottom(), 1 * s, 0, theme.text());
        TextStyle style = TextStyle.bold(theme.size(12));
        String text = CLOCK_SECONDS.format(Instant.ofEpochMilli(millis).atZone(zone));
        double width = painter.textWidth(text, style) + 12 * s;
        double boxX = Math.max(layout.left(), Math.min(layout.right() - width, x - width / 2));
        double boxY = layout.axisBottom() - 20 * s;
        painter.fillRoundRect(boxX, boxY, width, 20 * s, 4 * s, theme.text());
        painter.text(text, boxX + 6 * s, boxY + 14.5 * s, style, theme.background());
    }

    private static void paintNothingToShow(TimelineLayout layout, TimelineFrame frame, Theme theme, Painter painter) {
        TextStyle style = TextStyle.regular(theme.size(16));
        String text = "Nothing to show yet: add entries or import a report, status-page posts or metrics.";
        fitted(text, frame.width() - 2 * layout.margin(), style, painter).ifPresent(shown -> painter.text(shown,
                Math.max(layout.margin(), (frame.width() - painter.textWidth(shown, style)) / 2), frame.height() / 2,
                style, theme.mutedText()));
    }

    /** The baseline for text of {@code size} centred on {@code centreY}. */
    static double baseline(double centreY, double size) {
        return centreY + size * 0.36;
    }

    /**
     * Breaks a text at spaces into at most {@code maxLines} lines of {@code room} pixels; whatever does not fit
     * shortens the last line with an ellipsis.
     */
    static List<String> wrap(String text, double room, TextStyle style, int maxLines, Painter painter) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            int cut = rest.length();
            while (painter.textWidth(rest.substring(0, cut), style) > room) {
                int space = rest.lastIndexOf(' ', cut - 1);
                if (space <= 0) {
                    break;
                }
                cut = space;
            }
            if (cut == rest.length() || painter.textWidth(rest.substring(0, cut), style) > room) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            fitted(rest, room, style, painter).ifPresent(lines::add);
        }
        return lines;
    }

    static Optional<String> fitted(String text, double room, TextStyle style, Painter painter) {
        String shown = LabelPlacer.shorten(text, painter.textWidth(text, style), room, s -> painter.textWidth(s, style));
        return shown.isEmpty() ? Optional.empty() : Optional.of(shown);
    }
}
