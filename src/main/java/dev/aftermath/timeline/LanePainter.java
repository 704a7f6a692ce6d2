package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One lane: its title in the gutter, a tick for every entry along its foot (so density shows even where labels
 * are clustered), and the placed entries as markers with labels; spans as bars, approximate times as hollow
 * markers with a "≈" before the label.
 */
final class LanePainter {

    static final String APPROXIMATE = "≈ ";
    /** More rows than this make a lane a wall of text; the rest is clustered. */
    static final int MAX_ROWS = 5;

    private LanePainter() {
    }

    static List<EntryHit> paint(TimelineLayout.LaneBox box, TimelineLayout layout, TimeScale scale, Theme theme,
                                UUID selected, Painter painter) {
        double s = theme.scale();
        Rgba colour = theme.laneColour(box.lane().kind());
        paintTitle(box, layout, theme, colour, painter);
        double bottom = box.top() + box.height();
        painter.strokeLine(layout.left(), bottom, layout.right(), bottom, 1, 0, theme.grid());

        Rgba rug = colour.withOpacity(0.55);
        double lastColumn = Double.NaN;
        for (TimelineEntry entry : box.lane().entries()) {
            double x = scale.x(entry.at());
            // Many entries share a pixel column when zoomed out; one tick shows them all.
            if (x >= layout.left() && x <= layout.right() && Math.floor(x) != lastColumn) {
                lastColumn = Math.floor(x);
                painter.strokeLine(x, bottom - 5 * s, x, bottom - 1, 1, 0, rug);
            }
        }
        TextStyle style = TextStyle.regular(theme.size(12));
        TextStyle badgeStyle = TextStyle.bold(theme.size(11));
        Labels labels = place(box.lane(), box.rows(), layout.left(), layout.right(), scale, theme, selected, painter);
        List<TimelineEntry> visible = labels.entries();
        List<LabelPlacer.Request> requests = labels.requests();
        LabelPlacer.Settings settings = labels.settings();
        List<LabelPlacer.Placement> placements = labels.placements();

        List<EntryHit> hits = new ArrayList<>();
        double top = box.top() + (box.height() - box.rows() * layout.rowHeight()) / 2;
        for (LabelPlacer.Placement placement : placements) {
            TimelineEntry entry = visible.get(placement.request());
            double centreY = top + placement.row() * layout.rowHeight() + layout.rowHeight() / 2;
            double x = placement.anchorX();
            if (entry.end() != null) {
                double end = requests.get(placement.request()).reservedEnd();
                painter.fillRoundRect(x, centreY - 5 * s, Math.max(end - x, 2 * s), 10 * s, 3 * s,
                        colour.withOpacity(entry.approximate() ? 0.16 : 0.28));
            }
            paintMarker(entry, x, centreY, colour, theme, entry.id().equals(selected), painter);
            painter.text(placement.text(), placement.x(), TimelineRenderer.baseline(centreY, style.size()), style,
                    theme.text());
            hits.add(new EntryHit(List.of(entry.id()), placement.start(), centreY - layout.rowHeight() / 2,
                    placement.x() + placement.textWidth() - placement.start(), layout.rowHeight()));
            if (!placement.clustered().isEmpty()) {
                double badgeX = paintBadge(placement, settings.gap(), centreY, colour, theme, badgeStyle, painter);
                hits.add(new EntryHit(placement.clustered().stream().map(i -> visible.get(i).id()).toList(), badgeX,
                        centreY - 9 * s, placement.badgeWidth(), 18 * s));
                paintSelectedInCluster(placement, visible, requests, selected, centreY, colour, theme, painter);
            }
        }
        return hits;
    }

    /** A selected entry hidden in a cluster still shows where it is: its marker, ringed, on the cluster's row. */
    private static void paintSelectedInCluster(LabelPlacer.Placement placement, List<TimelineEntry> visible,
                                               List<LabelPlacer.Request> requests, UUID selected, double centreY,
                                               Rgba colour, Theme theme, Painter painter) {
        for (int hidden : placement.clustered()) {
            TimelineEntry entry = visible.get(hidden);
            if (entry.id().equals(selected)) {
                paintMarker(entry, requests.get(hidden).anchorX(), centreY, colour, theme, true, painter);
            }
        }
    }

    /** The labels of a lane's visible entries, placed in {@code rows} rows. */
    record Labels(List<TimelineEntry> entries, List<LabelPlacer.Request> requests, LabelPlacer.Settings settings,
                  List<LabelPlacer.Placement> placements) {

        int rowsUsed() {
            return placements.stream().mapToInt(LabelPlacer.Placement::row).max().orElse(0) + 1;
        }
    }

    static Labels place(Lane lane, int rows, double left, double right, TimeScale scale, Theme theme,
                        Painter painter) {
        return place(lane, rows, left, right, scale, theme, null, painter);
    }

    /** Places the labels of the entries in view; the selected entry's label, when it is in view, first. */
    static Labels place(Lane lane, int rows, double left, double right, TimeScale scale, Theme theme,
                        UUID selected, Painter painter) {
        double s = theme.scale();
        int first = -1;
        List<TimelineEntry> visible = new ArrayList<>();
        List<LabelPlacer.Request> requests = new ArrayList<>();
        List<TimelineEntry> entries = lane.entries();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            double x = scale.x(entry.at());
            double end = entry.end() == null ? x : scale.x(entry.end());
            if (end < left || x > right) {
                continue;
            }
            double anchor = Math.max(left, x);
            if (entry.id().equals(selected)) {
                first = visible.size();
            }
            visible.add(entry);
            requests.add(new LabelPlacer.Request(anchor, Math.min(right, Math.max(anchor, end)),
                    lane.labels().get(i)));
        }
        TextStyle style = TextStyle.regular(theme.size(12));
        TextStyle badgeStyle = TextStyle.bold(theme.size(11));
        LabelPlacer.Settings settings = new LabelPlacer.Settings(rows, left, right, 6 * s, 10 * s, 16 * s, 48 * s,
                300 * s);
        List<LabelPlacer.Placement> placements = LabelPlacer.place(requests, settings,
                text -> painter.textWidth(text, style), text -> painter.textWidth(text, badgeStyle) + 10 * s, first);
        return new Labels(visible, requests, settings, placements);
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

    /** Paints a "+n" badge after a placement's text and returns its left edge. */
    static double paintBadge(LabelPlacer.Placement placement, double gap, double centreY, Rgba colour, Theme theme,
                             TextStyle style, Painter painter) {
        double s = theme.scale();
        double x = placement.badgeX(gap);
        painter.fillRoundRect(x, centreY - 9 * s, placement.badgeWidth(), 18 * s, 9 * s, colour.withOpacity(0.18));
        painter.text(placement.badge(), x + 5 * s, TimelineRenderer.baseline(centreY, style.size()), style, colour);
        return x;
    }

    static String label(TimelineEntry entry) {
        String text = entry.text().isBlank() && entry.kind() != null
                ? entry.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                : LabelPlacer.firstLine(entry.text());
        return entry.approximate() ? APPROXIMATE + text : text;
    }
}
