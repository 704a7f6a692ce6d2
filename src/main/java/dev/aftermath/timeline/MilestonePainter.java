package dev.aftermath.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Milestones as vertical lines through the whole plot, labelled in two rows under the axis. Pinned milestones are
 * solid with a filled head; derived ones dashed with a hollow head, so a reviewer sees what was decided by hand.
 */
final class MilestonePainter {

    private MilestonePainter() {
    }

    static void paintLines(List<MilestoneMarker> markers, TimelineLayout layout, TimeScale scale, Theme theme,
                           Painter painter) {
        double s = theme.scale();
        Rgba colour = theme.milestone().withOpacity(0.75);
        for (MilestoneMarker marker : markers) {
            double x = scale.x(marker.at());
            if (x >= layout.left() && x <= layout.right()) {
                painter.strokeLine(x, layout.milestoneTop(), x, layout.plotBottom(), (marker.pinned() ? 1.6 : 1.2) * s,
                        marker.pinned() ? 0 : 4 * s, colour);
            }
        }
    }

    static void paintLabels(List<MilestoneMarker> markers, TimelineLayout layout, TimeScale scale, long tickStep,
                            ZoneId zone, Theme theme, Painter painter) {
        if (layout.milestoneRows() == 0) {
            return;
        }
        double s = theme.scale();
        TextStyle style = TextStyle.regular(theme.size(12));
        TextStyle badgeStyle = TextStyle.bold(theme.size(11));
        List<MilestoneMarker> visible = new ArrayList<>();
        List<LabelPlacer.Request> requests = new ArrayList<>();
        for (MilestoneMarker marker : markers) {
            double x = scale.x(marker.at());
            if (x >= layout.left() && x <= layout.right()) {
                visible.add(marker);
                String time = (tickStep < TickPlanner.MINUTE ? TimelineRenderer.CLOCK_SECONDS : TimelineRenderer.CLOCK)
                        .format(marker.at().atZone(zone));
                requests.add(new LabelPlacer.Request(x, x, marker.label() + " " + time));
            }
        }
        LabelPlacer.Settings settings = new LabelPlacer.Settings(layout.milestoneRows(), layout.left(), layout.right(),
                5 * s, 8 * s, 8 * s, 40 * s, 260 * s);
        List<LabelPlacer.Placement> placements = LabelPlacer.place(requests, settings,
                text -> painter.textWidth(text, style), text -> painter.textWidth(text, badgeStyle) + 10 * s);
        double rowHeight = 20 * s;
        for (LabelPlacer.Placement placement : placements) {
            MilestoneMarker marker = visible.get(placement.request());
            double centreY = layout.milestoneTop() + placement.row() * rowHeight + rowHeight / 2;
            double x = scale.x(marker.at());
            double from = Math.min(placement.x(), x - 5 * s);
            double textEnd = placement.clustered().isEmpty() ? placement.x() + placement.textWidth()
                    : placement.badgeX(settings.gap()) + placement.badgeWidth();
            double to = Math.max(textEnd, x + 5 * s);
            painter.fillRoundRect(from - 3 * s, centreY - 9 * s, to - from + 6 * s, 18 * s, 4 * s,
                    theme.background());
            if (marker.pinned()) {
                painter.fillCircle(x, centreY, 4 * s, theme.milestone());
            } else {
                painter.fillCircle(x, centreY, 4 * s, theme.background());
                painter.strokeCircle(x, centreY, 3.5 * s, 1.4 * s, theme.milestone());
            }
            painter.text(placement.text(), placement.x(), TimelineRenderer.baseline(centreY, style.size()), style,
                    theme.text());
            if (!placement.clustered().isEmpty()) {
                LanePainter.paintBadge(placement.badge(), placement.badgeX(settings.gap()), placement.badgeWidth(),
                        centreY, theme.milestone(), theme, badgeStyle, painter);
            }
        }
    }
}
