package dev.aftermath.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The vertical regions of a frame, top to bottom: header, phase band labels, axis, milestone labels, lanes, metric
 * strips, legend; what does not fit in a small picture is left out, the legend first. Lanes get label rows from
 * the height left after the strips' share; with few entries the strips take the rest.
 *
 * @param left the plot's left edge (lane and series titles sit in the gutter before it)
 * @param hiddenSeries how many series, the last ones, have no strip because the frame is too short for them
 */
record TimelineLayout(double margin, double left, double right, double headerTop, double bandTop, double axisTop,
                      double axisBottom, double milestoneTop, int milestoneRows, double rowHeight,
                      List<LaneBox> lanes, List<StripBox> strips, int hiddenSeries, double plotBottom,
                      boolean legend, double legendTop) {

    /** The line that says how many series found no room, under the last strip shown. */
    static final double HIDDEN_NOTE_HEIGHT = 18;

    /** @param index the lane's place in {@link PreparedTimeline#lanes()} */
    record LaneBox(int index, Lane lane, double top, double height, int rows) {
    }

    record StripBox(int series, double top, double height) {
    }

    static double margin(double width, Theme theme) {
        return Math.min(24 * theme.scale(), width / 40);
    }

    /**
     * The gutter holds lane titles and a strip's name with its unit ("503 responses req/s") on one line: as wide as
     * the widest title needs, from 180 to 240 pixels at scale 1, and never more than a fifth of the picture.
     *
     * @param titlesWidth the widest strip title on one line, see {@link PreparedTimeline#titlesWidth}
     */
    static double plotLeft(double width, Theme theme, double titlesWidth) {
        double s = theme.scale();
        double gutter = Math.max(180 * s, Math.min(240 * s, titlesWidth + 20 * s));
        return margin(width, theme) + Math.min(gutter, width / 5);
    }

    static double plotRight(double width, Theme theme) {
        return width - margin(width, theme);
    }

    /**
     * @param wantedRows how many label rows each lane would use at most, in {@link PreparedTimeline#lanes()} order
     * @param use what the frame is for: whether a title block takes the top and a legend the bottom
     * @param titlesWidth the widest strip title on one line, which sets the gutter's width
     */
    static TimelineLayout of(PreparedTimeline timeline, double width, double height, Theme theme, int[] wantedRows,
                             TimelineFrame.Use use, double titlesWidth) {
        double s = theme.scale();
        double margin = margin(width, theme);
        double headerTop = use.header() ? margin : margin / 2;
        double bandTop = use.header() ? headerTop + 62 * s : headerTop;
        double axisTop = bandTop + 24 * s;
        double axisBottom = axisTop + 36 * s;
        double milestoneTop = axisBottom + 4 * s;
        List<Lane> lanes = timeline.lanes();
        int seriesCount = timeline.series().size();
        double stripMinimum = 24 * s;
        double comfortable = lanes.size() * 36 * s + seriesCount * (stripMinimum + 12 * s);
        // A short view gives up a row of milestone labels, then tightens its lanes, rather than lose the metrics.
        boolean tight = height - margin - (milestoneTop + 46 * s) < comfortable;
        int milestoneRows = timeline.markers().isEmpty() ? 0 : tight ? 1 : 2;
        double rowHeight = tight ? 20 * s : 24 * s;
        double lanesTop = milestoneTop + milestoneRows * 20 * s + 6 * s;
        double roomy = height - margin - lanesTop - seriesCount * (stripMinimum + 12 * s);
        double lanePad = roomy >= lanes.size() * (rowHeight + 12 * s) ? 6 * s : 2 * s;
        double laneMinimum = lanes.size() * (rowHeight + 2 * lanePad);
        // A short view keeps its lanes and strips rather than the key to the symbols.
        boolean legend = use.legend()
                && height - margin - 32 * s - lanesTop >= laneMinimum + seriesCount * (stripMinimum + 12 * s);
        double legendTop = legend ? height - margin - 16 * s : height;
        double available = Math.max(0, (legend ? legendTop - 16 * s : height - margin) - lanesTop);
        double stripGap = available - laneMinimum >= seriesCount * (stripMinimum + 12 * s) ? 12 * s : 4 * s;
        double laneWanted = lanes.size() * 2 * lanePad + rowHeight * Arrays.stream(wantedRows).sum();
        double laneSpace = seriesCount == 0 ? available
                : Math.min(laneWanted, Math.max(laneMinimum, available - seriesCount * (64 * s + stripGap)));
        int totalRows = (int) Math.floor((laneSpace - lanes.size() * 2 * lanePad) / rowHeight);
        int[] rows = LaneLayout.rows(wantedRows, Math.max(totalRows, lanes.size()));

        List<LaneBox> laneBoxes = new ArrayList<>();
        double y = lanesTop;
        double bottomLimit = lanesTop + available;
        for (int i = 0; i < lanes.size(); i++) {
            double laneHeight = rows[i] * rowHeight + 2 * lanePad;
            if (y + laneHeight > bottomLimit) {
                break;
            }
            laneBoxes.add(new LaneBox(i, lanes.get(i), y, laneHeight, rows[i]));
            y += laneHeight;
        }
        List<StripBox> strips = new ArrayList<>();
        if (seriesCount > 0) {
            double stripSpace = bottomLimit - y;
            // Below its comfortable height a strip still shows its curve: thinner strips beat a series left out.
            double stripHeight = Math.max(18 * s, Math.min(300 * s, stripSpace / seriesCount - stripGap));
            int shown = stripsFitting(stripSpace, stripHeight + stripGap, seriesCount);
            if (shown < seriesCount) {
                // The note about the rest goes in the bottom margin (no legend is shown then), if it is tall enough.
                double noteRoom = Math.max(0, HIDDEN_NOTE_HEIGHT * s - (height - bottomLimit));
                shown = stripsFitting(stripSpace - noteRoom, stripHeight + stripGap, seriesCount);
            }
            for (int i = 0; i < shown; i++) {
                y += stripGap;
                strips.add(new StripBox(i, y, stripHeight));
                y += stripHeight;
            }
        }
        return new TimelineLayout(margin, plotLeft(width, theme, titlesWidth), plotRight(width, theme), headerTop,
                bandTop, axisTop, axisBottom, milestoneTop, milestoneRows, rowHeight, List.copyOf(laneBoxes),
                List.copyOf(strips), seriesCount - strips.size(), Math.max(y, lanesTop), legend, legendTop);
    }

    private static int stripsFitting(double space, double pitch, int seriesCount) {
        return (int) Math.max(0, Math.min(seriesCount, Math.floor((space + 1e-9) / pitch)));
    }

    double plotWidth() {
        return right - left;
    }
}
