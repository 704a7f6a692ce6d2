package dev.aftermath.timeline;

import dev.aftermath.analysis.UnitScale;
import dev.aftermath.model.MetricSeries;

/**
 * One metric strip: the series' name and unit in the gutter ({@link StripTitle}), a value axis from a round lower bound (zero for
 * series that never go negative) to a round upper bound of what is visible, and the data. Zoomed out, each pixel
 * column shows its min/max envelope and a mean line from the pyramid (at most two vertices per column); zoomed in
 * to fewer points than columns, the points themselves joined by a line.
 */
final class StripPainter {

    private StripPainter() {
    }

    static void paint(PreparedTimeline timeline, TimelineLayout.StripBox box, TimelineLayout layout,
                      TimeScale scale, TimelineFrame frame, Painter painter) {
        Theme theme = frame.theme();
        Long cursorMillis = frame.cursorMillis();
        MetricSeries series = timeline.series().get(box.series());
        Double threshold = series.threshold();
        MinMaxPyramid pyramid = timeline.pyramid(box.series());
        Rgba colour = theme.seriesColour(box.series());
        double s = theme.scale();
        double top = box.top() + 6 * s;
        double bottom = box.top() + box.height();
        painter.strokeLine(layout.left(), bottom, layout.right(), bottom, 1, 0, theme.axis());

        int from = pyramid.indexAtOrAfter(scale.startMillis());
        int to = pyramid.indexAtOrAfter(Math.floor(scale.endMillis()) + 1);
        MinMaxPyramid.Summary summary = pyramid.summary(from, to);
        if (summary.count() == 0) {
            StripTitle.paint(series, series.unit().strip(), box, layout, theme, colour, painter);
            TextStyle style = TextStyle.regular(theme.size(12));
            painter.text("no values in view", layout.left() + 8 * s,
                    TimelineRenderer.baseline((top + bottom) / 2, style.size()), style, theme.mutedText());
            return;
        }
        double min = threshold == null ? summary.min() : Math.min(summary.min(), threshold);
        double max = threshold == null ? summary.max() : Math.max(summary.max(), threshold);
        double low = min >= 0 ? 0 : NumberText.niceFloor(min);
        double high = NumberText.niceCeiling(max);
        if (high <= low) {
            high = low + 1;
        }
        StripTitle.paint(series, UnitScale.of(high, series.unit()).unit(), box, layout, theme, colour, painter);
        ValueAxis axis = new ValueAxis(low, high, top, bottom);
        paintValueAxis(axis, series.unit(), layout, theme, painter, box.height() >= 54 * s);
        int columns = (int) Math.ceil(scale.width());
        if (to - from <= columns) {
            paintPoints(series, Math.max(0, from - 1), Math.min(series.size(), to + 1), axis, layout, scale, theme,
                    colour, painter);
        } else {
            ColumnCache.Columns grid = frame.use() == TimelineFrame.Use.PICTURE
                    ? new ColumnCache.Columns(scale.left(), pyramid.columns(scale, columns))
                    : timeline.columns(box.series()).columns(scale);
            paintColumns(grid, axis, scale, theme, colour, painter);
        }
        if (threshold != null) {
            paintThreshold(threshold, series.unit(), axis, layout, theme, painter);
        }
        if (cursorMillis != null) {
            paintReadout(series, pyramid, cursorMillis, axis, layout, scale, theme, colour, painter);
        }
    }

    record ValueAxis(double low, double high, double top, double bottom) {
        double y(double value) {
            return bottom - (value - low) / (high - low) * (bottom - top);
        }
    }

    private static void paintValueAxis(ValueAxis axis, String unit, TimelineLayout layout, Theme theme,
                                       Painter painter, boolean labelled) {
        double s = theme.scale();
        TextStyle style = TextStyle.regular(theme.size(11));
        double middle = (axis.low() + axis.high()) / 2;
        painter.strokeLine(layout.left(), axis.top(), layout.right(), axis.top(), 1, 3 * s, theme.grid());
        painter.strokeLine(layout.left(), axis.y(middle), layout.right(), axis.y(middle), 1, 3 * s, theme.grid());
        for (double value : labelled ? new double[] {axis.high(), axis.low()} : new double[0]) {
            String text = NumberText.withUnit(value, unit);
            double width = painter.textWidth(text, style);
            double y = value == axis.high() ? axis.top() + style.size() * 0.75 : axis.bottom() - 3 * s;
            painter.text(text, layout.left() - 8 * s - width, y, style, theme.mutedText());
        }
    }

    /**
     * The envelope and mean line of columns one pixel wide starting at {@code grid.left()}; columns reaching out
     * of the plot are left out.
     */
    private static void paintColumns(ColumnCache.Columns grid, ValueAxis axis, TimeScale scale, Theme theme,
                                     Rgba colour, Painter painter) {
        ColumnAggregates columns = grid.aggregates();
        int n = columns.columns();
        double[] xs = new double[n];
        double[] tops = new double[n];
        double[] bottoms = new double[n];
        double[] means = new double[n];
        Rgba envelope = colour.withOpacity(0.3);
        int c = Math.max(0, (int) Math.ceil(scale.left() - grid.left() - 1e-9));
        int end = Math.min(n, (int) Math.floor(scale.right() - grid.left() + 1e-9));
        while (c < end) {
            while (c < end && !columns.hasValues(c)) {
                c++;
            }
            int run = 0;
            for (; c < end && columns.hasValues(c); c++, run++) {
                xs[run] = grid.left() + c + 0.5;
                tops[run] = axis.y(columns.max()[c]) - 0.5;
                bottoms[run] = axis.y(columns.min()[c]) + 0.5;
                means[run] = axis.y(columns.mean()[c]);
            }
            if (run > 0) {
                painter.fillBand(xs, tops, bottoms, run, envelope);
                painter.strokePolyline(xs, means, run, 1.5 * theme.scale(), colour);
            }
        }
    }

    /** Joins the points with a line, breaking at gaps and cutting segments at the plot's edges. */
    private static void paintPoints(MetricSeries series, int from, int to, ValueAxis axis, TimelineLayout layout,
                                    TimeScale scale, Theme theme, Rgba colour, Painter painter) {
        Polyline line = new Polyline(2 * (to - from) + 2, 1.5 * theme.scale(), colour, painter);
        double left = layout.left();
        double right = layout.right();
        boolean hasPrevious = false;
        double previousX = 0;
        double previousY = 0;
        for (int i = from; i < to; i++) {
            double value = series.values()[i];
            if (Double.isNaN(value)) {
                line.flush();
                hasPrevious = false;
                continue;
            }
            double x = scale.x(series.timestamps()[i]);
            double y = axis.y(value);
            if (!hasPrevious) {
                if (x >= left && x <= right) {
                    line.add(x, y);
                }
            } else if (Math.max(previousX, x) >= left && Math.min(previousX, x) <= right) {
                if (line.isEmpty()) {
                    double startX = Math.max(left, previousX);
                    line.add(startX, interpolate(previousX, previousY, x, y, startX));
                }
                double endX = Math.min(right, x);
                line.add(endX, interpolate(previousX, previousY, x, y, endX));
            }
            hasPrevious = true;
            previousX = x;
            previousY = y;
        }
        line.flush();
    }

    private static double interpolate(double x0, double y0, double x1, double y1, double x) {
        return x1 == x0 ? y1 : y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    /** Collects vertices and paints them as one polyline (a dot when alone) when a gap or the end comes. */
    private static final class Polyline {
        private final double[] xs;
        private final double[] ys;
        private final double lineWidth;
        private final Rgba colour;
        private final Painter painter;
        private int count;

        Polyline(int capacity, double lineWidth, Rgba colour, Painter painter) {
            xs = new double[capacity];
            ys = new double[capacity];
            this.lineWidth = lineWidth;
            this.colour = colour;
            this.painter = painter;
        }

        void add(double x, double y) {
            xs[count] = x;
            ys[count] = y;
            count++;
        }

        boolean isEmpty() {
            return count == 0;
        }

        void flush() {
            if (count == 1) {
                painter.fillCircle(xs[0], ys[0], lineWidth * 1.4, colour);
            } else if (count > 1) {
                painter.strokePolyline(xs, ys, count, lineWidth, colour);
            }
            count = 0;
        }
    }

    private static void paintThreshold(double threshold, String unit, ValueAxis axis, TimelineLayout layout,
                                       Theme theme, Painter painter) {
        double s = theme.scale();
        double y = axis.y(threshold);
        Rgba colour = theme.phaseText(Phase.UNDETECTED);
        painter.strokeLine(layout.left(), y, layout.right(), y, 1.4 * s, 6 * s, colour);
        TextStyle style = TextStyle.bold(theme.size(11));
        String text = "threshold " + NumberText.withUnit(threshold, unit);
        double width = painter.textWidth(text, style);
        painter.fillRoundRect(layout.right() - width - 10 * s, y - 16 * s, width + 8 * s, 14 * s, 3 * s,
                theme.background().withOpacity(0.85));
        painter.text(text, layout.right() - width - 6 * s, y - 5 * s, style, colour);
    }

    private static void paintReadout(MetricSeries series, MinMaxPyramid pyramid, long cursorMillis, ValueAxis axis,
                                     TimelineLayout layout, TimeScale scale, Theme theme, Rgba colour,
                                     Painter painter) {
        int index = pyramid.indexAtOrAfter(cursorMillis);
        if (index > 0 && (index == series.size()
                || cursorMillis - series.timestamps()[index - 1] < series.timestamps()[index] - cursorMillis)) {
            index--;
        }
        if (index >= series.size() || Double.isNaN(series.values()[index])) {
            return;
        }
        double s = theme.scale();
        double value = series.values()[index];
        double x = scale.x(cursorMillis);
        painter.fillCircle(x, axis.y(value), 3.5 * s, colour);
        TextStyle style = TextStyle.bold(theme.size(12));
        String text = NumberText.withUnit(value, series.unit());
        double width = painter.textWidth(text, style) + 10 * s;
        double boxX = x + width + 8 * s <= layout.right() ? x + 6 * s : x - 6 * s - width;
        painter.fillRoundRect(boxX, axis.top(), width, 18 * s, 4 * s, colour);
        painter.text(text, boxX + 5 * s, axis.top() + 13 * s, style, theme.background());
    }
}
