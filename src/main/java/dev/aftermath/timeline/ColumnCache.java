package dev.aftermath.timeline;

/**
 * The M4 columns of one series for frames shown one after another, as while panning. Columns lie on a fixed grid
 * of time (column k covers k to k+1 times the column width, whatever the view's left edge), so the columns of one
 * frame serve the next: a pan computes only the columns that came into view, and only a zoom, which changes the
 * column width, computes them all. Safe to use from several threads; meant for one, as the columns a call returns
 * are overwritten two calls later.
 */
final class ColumnCache {

    /** Column widths this close are the same zoom; panning rounds the width of a window in its last digits. */
    private static final double SAME_WIDTH = 1e-9;

    private final MinMaxPyramid pyramid;
    private double width = -1;
    private long first;
    private ColumnAggregates cached = ColumnAggregates.empty(0);
    /**
     * The columns of the frame before last, overwritten by the next frame: panning then allocates nothing. Every
     * column of it is written, copied from {@link #cached} or computed.
     */
    private ColumnAggregates spare = ColumnAggregates.empty(0);

    ColumnCache(MinMaxPyramid pyramid) {
        this.pyramid = pyramid;
    }

    /**
     * Columns covering the scale's plot area.
     *
     * @param left the x where the first column starts, at or up to a pixel before the plot's left edge
     */
    record Columns(double left, ColumnAggregates aggregates) {
    }

    synchronized Columns columns(TimeScale scale) {
        double columnWidth = Math.abs(scale.millisPerPixel() / width - 1) < SAME_WIDTH ? width
                : scale.millisPerPixel();
        long from = (long) Math.floor(scale.startMillis() / columnWidth);
        int count = (int) Math.ceil(scale.width()) + 1;
        ColumnAggregates columns = spare.columns() == count ? spare : ColumnAggregates.empty(count);
        long reusedFrom = Math.max(from, first);
        long reusedTo = columnWidth == width ? Math.min(from + count, first + cached.columns()) : reusedFrom;
        if (reusedTo > reusedFrom) {
            copy(cached, (int) (reusedFrom - first), columns, (int) (reusedFrom - from), (int) (reusedTo - reusedFrom));
            compute(columnWidth, from, reusedFrom, columns, 0);
            compute(columnWidth, reusedTo, from + count, columns, (int) (reusedTo - from));
        } else {
            compute(columnWidth, from, from + count, columns, 0);
        }
        width = columnWidth;
        first = from;
        spare = cached;
        cached = columns;
        return new Columns(scale.left() + (from * columnWidth - scale.startMillis()) / scale.millisPerPixel(),
                columns);
    }

    /** Computes grid columns [from, to) into {@code target} from {@code offset} on. */
    private void compute(double columnWidth, long from, long to, ColumnAggregates target, int offset) {
        if (to <= from) {
            return;
        }
        int count = (int) (to - from);
        copy(pyramid.gridColumns(columnWidth, from, count), 0, target, offset, count);
    }

    private static void copy(ColumnAggregates source, int from, ColumnAggregates target, int to, int count) {
        System.arraycopy(source.first(), from, target.first(), to, count);
        System.arraycopy(source.last(), from, target.last(), to, count);
        System.arraycopy(source.min(), from, target.min(), to, count);
        System.arraycopy(source.max(), from, target.max(), to, count);
        System.arraycopy(source.mean(), from, target.mean(), to, count);
        System.arraycopy(source.count(), from, target.count(), to, count);
    }
}
