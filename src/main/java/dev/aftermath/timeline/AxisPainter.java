package dev.aftermath.timeline;

import java.time.ZoneId;

/** The time axis above the plot: date row, tick labels, tick marks and the grid lines through lanes and strips. */
final class AxisPainter {

    private AxisPainter() {
    }

    static TickPlan paint(ZoneId zone, TimelineLayout layout, TimeScale scale, Theme theme, Painter painter) {
        double s = theme.scale();
        TextStyle labelStyle = TextStyle.regular(theme.size(12));
        TextStyle dateStyle = TextStyle.bold(theme.size(11));
        double spacing = painter.textWidth("00:00:00", labelStyle) + 24 * s;
        TickPlan plan = TickPlanner.plan(scale, zone, spacing);
        double bottom = layout.axisBottom();
        for (long minor : plan.minorMillis()) {
            double x = scale.x(minor);
            painter.strokeLine(x, bottom - 3 * s, x, bottom, 1 * s, 0, theme.axis());
        }
        double dateEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : plan.major()) {
            double x = tick.x();
            painter.strokeLine(x, bottom, x, layout.plotBottom(), 1, 0, theme.grid());
            painter.strokeLine(x, bottom - 6 * s, x, bottom, 1 * s, 0, theme.axis());
            double width = painter.textWidth(tick.label(), labelStyle);
            if (x - width / 2 >= layout.left() && x + width / 2 <= layout.right()) {
                painter.text(tick.label(), x - width / 2, bottom - 10 * s, labelStyle, theme.mutedText());
            }
            if (tick.dateLabel() != null) {
                double dateWidth = painter.textWidth(tick.dateLabel(), dateStyle);
                double dateX = Math.max(layout.left(), Math.min(layout.right() - dateWidth, x - width / 2));
                if (dateX >= dateEnd + 12 * s) {
                    painter.text(tick.dateLabel(), dateX, layout.axisTop() + 10 * s, dateStyle, theme.text());
                    dateEnd = dateX + dateWidth;
                }
            }
        }
        painter.strokeLine(layout.left(), bottom, layout.right(), bottom, 1 * s, 0, theme.axis());
        return plan;
    }
}
