package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One lane: its title in the gutter, a tick for every entry along its foot (so density shows even where labels
 * are clustered), and the placed entries as markers with labels; spans as bars, approximate times as hollow
 * markers with a "≈" before the label. Labels placed for a wider stretch than the view (the screen's, placed once
 * per zoom) are cut at the plot's edges: text crossing the left edge starts there, text crossing the right edge is
 * shortened, and a badge or marker that does not fit whole is left out.
 */
final class LanePainter {

    static final String APPROXIMATE = "≈ ";
    /** More rows than this make a lane a wall of text; the rest is clustered. */
    static final int MAX_ROWS = 5;

    private LanePainter() {
    }

    static TextStyle labelStyle(Theme theme) {
        return TextStyle.regular(theme.size(12));
    }

    static TextStyle badgeStyle(Theme theme) {
        return TextStyle.bold(theme.size(11));
    }

    /**
     * Paints a lane with its labels.
     *
     * @param shift what puts the labels' coordinates on screen: x on screen = x in {@code labels} + shift
     */
    static List<EntryHit> paint(TimelineLayout.LaneBox box, TimelineLayout layout, TimeScale scale, Theme theme,
                                UUID selected, LaneLabels labels, double shift, Painter painter) {
        Rgba colour = theme.laneColour(box.lane().kind());
        paintTitle(box, layout, theme, colour, painter);
        double bottom = box.top() + box.height();
        painter.strokeLine(layout.left(), bottom, layout.right(), bottom, 1, 0, theme.grid());
        paintRug(box, layout, scale, theme, colour, painter);

        List<EntryHit> hits = new ArrayList<>();
        double top = box.top() + (box.height() - box.rows() * layout.rowHeight()) / 2;
        int selectedIndex = labels.indexOf(selected);
        Row row = new Row(layout, theme, colour, labels, shift, painter);
        List<LabelPlacer.Placement> placements = labels.placements();
        for (int p = 0; p < placements.size(); p++) {
            LabelPlacer.Placement placement = placements.get(p);
            if (placement.end() + shift < layout.left() || placement.start() + shift > layout.right()) {
                continue;
            }
            double centreY = top + placement.row() * layout.rowHeight() + layout.rowHeight() / 2;
            row.paint(p, centreY, selectedIndex, hits);
        }
        return hits;
    }

    /** A tick for every entry; many entries share a pixel column when zoomed out, and one tick shows them all. */
    private static void paintRug(TimelineLayout.LaneBox box, TimelineLayout layout, TimeScale scale, Theme theme,
                                 Rgba colour, Painter painter) {
        double s = theme.scale();
        double bottom = box.top() + box.height();
        Rgba rug = colour.withOpacity(0.55);
        double lastColumn = Double.NaN;
        Lane lane = box.lane();
        int count = lane.entries().size();
        for (int i = lane.indexAtOrAfter(scale.millisAt(layout.left()) - 1); i < count; i++) {
            double x = scale.x(lane.millis(i));
            if (x > layout.right()) {
                break;
            }
            if (x >= layout.left() && Math.floor(x) != lastColumn) {
                lastColumn = Math.floor(x);
                painter.strokeLine(x, bottom - 5 * s, x, bottom - 1, 1, 0, rug);
            }
        }
    }

    /** Paints placed labels of one lane, moved by {@code shift} and cut at the plot's edges. */
    private record Row(TimelineLayout layout, Theme theme, Rgba colour, LaneLabels labels, double shift,
                       Painter painter) {

        /** Paints placement {@code index}; {@code selected} is the selected entry's index, or -1. */
        void paint(int index, double centreY, int selected, List<EntryHit> hits) {
            double s = theme.scale();
            LabelPlacer.Placement placement = labels.placements().get(index);
            TimelineEntry entry = labels.entries().get(placement.request());
            double x = placement.anchorX() + shift;
            if (entry.end() != null) {
                double from = Math.max(layout.left(), x);
                double to = Math.min(layout.right(), labels.requests().get(placement.request()).reservedEnd() + shift);
                if (to >= from) {
                    painter.fillRoundRect(from, centreY - 5 * s, Math.max(to - from, 2 * s), 10 * s, 3 * s,
                            colour.withOpacity(entry.approximate() ? 0.16 : 0.28));
                }
            }
            if (inside(x)) {
                paintMarker(entry, x, centreY, colour, theme, placement.request() == selected, painter);
            }
            double textEnd = paintText(placement, centreY);
            double hitStart = Math.max(layout.left(), placement.start() + shift);
            double hitEnd = Math.min(layout.right(), textEnd);
            if (hitEnd > hitStart) {
                hits.add(new EntryHit(List.of(entry.id()), hitStart, centreY - layout.rowHeight() / 2,
                        hitEnd - hitStart, layout.rowHeight()));
            }
            if (!placement.clustered().isEmpty()) {
                paintCluster(index, centreY, selected, hits);
            }
        }

        /** Paints the label's text, cut at the plot's edges, and returns where it ends. */
        private double paintText(LabelPlacer.Placement placement, double centreY) {
            TextStyle style = labelStyle(theme);
            double baseline = TimelineRenderer.baseline(centreY, style.size());
            double textX = placement.x() + shift;
            double textEnd = textX + placement.textWidth();
            if (textX >= layout.left() && textEnd <= layout.right()) {
                painter.text(placement.text(), textX, baseline, style, theme.text());
                return textEnd;
            }
            double from = Math.max(layout.left(), textX);
            double to = Math.min(layout.right(), textEnd);
            String shown = to <= from ? "" : LabelPlacer.shorten(placement.text(), placement.textWidth(), to - from,
                    text -> painter.textWidth(text, style));
            if (shown.isEmpty() || shown.equals(LabelPlacer.ELLIPSIS)) {
                return from;
            }
            painter.text(shown, from, baseline, style, theme.text());
            return from + painter.textWidth(shown, style);
        }

        private void paintCluster(int index, double centreY, int selected, List<EntryHit> hits) {
            double s = theme.scale();
            LabelPlacer.Placement placement = labels.placements().get(index);
            double badgeX = placement.badgeX(labels.settings().gap()) + shift;
            if (badgeX >= layout.left() && badgeX + placement.badgeWidth() <= layout.right()) {
                paintBadge(placement.badge(), badgeX, placement.badgeWidth(), centreY, colour, theme,
                        badgeStyle(theme), painter);
                hits.add(new EntryHit(labels.clusteredIds(index), badgeX, centreY - 9 * s, placement.badgeWidth(),
                        18 * s));
            }
            // A selected entry hidden in a cluster still shows where it is: its marker, ringed, on the cluster's row.
            if (selected >= 0 && selected != placement.request() && labels.shownBy(selected) == index) {
                double x = labels.requests().get(selected).anchorX() + shift;
                if (inside(x)) {
                    paintMarker(labels.entries().get(selected), x, centreY, colour, theme, true, painter);
                }
            }
        }

        private boolean inside(double x) {
            return x >= layout.left() && x <= layout.right();
        }
    }

    private static void paintTitle(TimelineLayout.LaneBox box, TimelineLayout layout, Theme theme, Rgba colour,
                                   Painter painter) {
        double s = theme.scale();
        TextStyle titleStyle = TextStyle.bold(theme.size(13));
        TextStyle countStyle = TextStyle.regular(theme.size(11));
        double room = layout.left() - layout.margin() - 26 * s;
        double y = box.top() + Math.min(box.height() / 2, 18 * s);
        painter.fillRoundRect(layout.margin(), box.top() + 5 * s, 4 * s, box.height() - 10 * s, 2 * s, colour);
        TimelineRenderer.fitted(box.lane().kind().title(), room, titleStyle, painter).ifPresent(text ->
                painter.text(text, layout.margin() + 12 * s, TimelineRenderer.baseline(y, titleStyle.size()),
                        titleStyle, theme.text()));
        int count = box.lane().entries().size();
        if (box.height() >= 40 * s) {
            painter.text(count + (count == 1 ? " entry" : " entries"), layout.margin() + 12 * s,
                    TimelineRenderer.baseline(y + 17 * s, countStyle.size()), countStyle, theme.mutedText());
        }
    }

    private static void paintMarker(TimelineEntry entry, double x, double y, Rgba colour, Theme theme,
                                    boolean selected, Painter painter) {
        double s = theme.scale();
        if (selected) {
            painter.fillCircle(x, y, 9 * s, colour.withOpacity(0.3));
        }
        if (entry.approximate()) {
            painter.fillCircle(x, y, 5 * s, theme.background());
            painter.strokeCircle(x, y, 4.2 * s, 1.6 * s, colour);
        } else {
            painter.fillCircle(x, y, 5.5 * s, theme.background());
            painter.fillCircle(x, y, 4.5 * s, colour);
        }
    }

    /** Paints a "+n" badge with its left edge at {@code x}. */
    static void paintBadge(String badge, double x, double width, double centreY, Rgba colour, Theme theme,
                           TextStyle style, Painter painter) {
        double s = theme.scale();
        painter.fillRoundRect(x, centreY - 9 * s, width, 18 * s, 9 * s, colour.withOpacity(0.18));
        painter.text(badge, x + 5 * s, TimelineRenderer.baseline(centreY, style.size()), style, colour);
    }

    static String label(TimelineEntry entry) {
        String text = entry.text().isBlank() && entry.kind() != null
                ? entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                : LabelPlacer.firstLine(entry.text());
        return entry.approximate() ? APPROXIMATE + text : text;
    }
}
