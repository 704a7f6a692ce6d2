package dev.aftermath.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Places the labels of one lane in a few rows so that none overlap: each label goes right of its marker in the
 * first row with room (left of it near the right edge), shortened with an ellipsis when space is short; a label
 * that finds no room joins the label placed just before it as a counted cluster ("+4"), which zooming in resolves.
 * Labels are placed in anchor order, so the result does not depend on the order of the requests, and the placements
 * come back in that order.
 */
public final class LabelPlacer {

    public static final String ELLIPSIS = "…";

    /**
     * What to place.
     *
     * @param text the label, one line
     * @param anchorX the marker's x
     * @param reservedEnd how far right the entry's own drawing reaches (a span's bar end), at least {@code anchorX}
     */
    public record Request(double anchorX, double reservedEnd, String text) {
    }

    /**
     * Geometry of the rows.
     *
     * @param markerRadius the half-width a marker takes around its anchor
     * @param offset the distance from the anchor to the label's near edge
     * @param gap the least distance between two things in a row
     * @param minWidth a label is never shortened below this (short texts excepted)
     * @param maxWidth a label is never longer than this, however much room there is
     * @param preferredRight where labels should end if they can: a label whose marker lies before it is placed
     *                         as if it were the right edge (left of the marker, or shortened) in whichever row has
     *                         room, and only when no row has, past it up to {@code right}
     */
    public record Settings(int rows, double left, double right, double markerRadius, double offset, double gap,
                           double minWidth, double maxWidth, double preferredRight) {

        /** Rows whose right edge is a hard one, such as a picture's. */
        public Settings(int rows, double left, double right, double markerRadius, double offset, double gap,
                        double minWidth, double maxWidth) {
            this(rows, left, right, markerRadius, offset, gap, minWidth, maxWidth, right);
        }

        public Settings withPreferredRight(double edge) {
            return new Settings(rows, left, right, markerRadius, offset, gap, minWidth, maxWidth, edge);
        }
    }

    /**
     * A placed label.
     *
     * @param request the index of the labelled request
     * @param anchorX the marker's x
     * @param x the label text's left edge
     * @param text the text to draw, maybe shortened
     * @param textWidth the text's width
     * @param clustered the requests hidden behind this label, drawn as a badge {@code +n} after the text
     * @param badgeWidth the badge's width, 0 without one
     * @param start where this label's claim on the row starts (marker included)
     * @param end where it ends
     */
    public record Placement(int request, double anchorX, int row, double x, String text, double textWidth, List<Integer> clustered,
                            double badgeWidth, double start, double end) {

        public boolean leftOfMarker() {
            return x < anchorX;
        }

        public String badge() {
            return clustered.isEmpty() ? "" : "+" + clustered.size();
        }

        /** The badge's left edge. */
        public double badgeX(double gap) {
            return x + textWidth + (textWidth > 0 ? gap : 0);
        }
    }

    private LabelPlacer() {
    }

    public static List<Placement> place(List<Request> requests, Settings settings, TextMeasure text,
                                        TextMeasure badge) {
        return place(requests, settings, text, badge, -1);
    }

    /**
     * Places the labels with one of them first, such as the selected entry's, so that it keeps its label where it
     * would otherwise have been clustered. It takes the first row; the other labels keep clear of it, so only those
     * that would overlap it move to other rows or into clusters.
     *
     * @param first the index of the request placed first, or -1 for none
     */
    public static List<Placement> place(List<Request> requests, Settings settings, TextMeasure text,
                                        TextMeasure badge, int first) {
        double[] rowEnd = new double[settings.rows()];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        // Until the labels reach the one placed first, its row ends before it.
        double[] rowLimit = new double[settings.rows()];
        Arrays.fill(rowLimit, Double.POSITIVE_INFINITY);
        double reserve = badge.width("+9999");
        Placement reserved = first < 0 ? null
                : tryPlace(first, requests.get(first), settings, rowEnd, rowLimit, text, reserve);
        if (reserved != null) {
            rowLimit[reserved.row()] = reserved.start() - settings.gap();
        }
        List<Cluster> placed = new ArrayList<>();
        List<Integer> waiting = new ArrayList<>();
        for (int index : inAnchorOrder(requests)) {
            Placement placement;
            if (reserved != null && index == reserved.request()) {
                placement = reserved;
                rowLimit[reserved.row()] = Double.POSITIVE_INFINITY;
            } else {
                placement = tryPlace(index, requests.get(index), settings, rowEnd, rowLimit, text, reserve);
            }
            if (placement != null) {
                // A label that keeps before the preferred edge keeps its badge before it too.
                double limit = placement.anchorX() < settings.preferredRight()
                        && placement.end() <= settings.preferredRight()
                        ? Math.min(settings.preferredRight(), rowLimit[placement.row()]) : rowLimit[placement.row()];
                Cluster cluster = new Cluster(placement, limit);
                placed.add(cluster);
                rowEnd[placement.row()] = placement.end();
                for (int hidden : waiting) {
                    cluster.add(hidden, settings, rowEnd, text, badge);
                }
                waiting.clear();
            } else if (placed.isEmpty()) {
                waiting.add(index);
            } else {
                placed.get(placed.size() - 1).add(index, settings, rowEnd, text, badge);
            }
        }
        return placed.stream().map(Cluster::placement).toList();
    }

    /** The requests' indexes by anchor; usually they come in that order already, as entries are in time order. */
    private static int[] inAnchorOrder(List<Request> requests) {
        int[] order = new int[requests.size()];
        boolean sorted = true;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            sorted &= i == 0 || requests.get(i - 1).anchorX() <= requests.get(i).anchorX();
        }
        if (!sorted) {
            order = IntStream.range(0, order.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> requests.get(i).anchorX()))
                    .mapToInt(Integer::intValue).toArray();
        }
        return order;
    }

    /** Places a label before the preferred edge in any row if it can, else anywhere up to the right edge. */
    private static Placement tryPlace(int index, Request request, Settings settings, double[] rowEnd,
                                      double[] rowLimit, TextMeasure measure, double reserve) {
        Placement within = request.anchorX() < settings.preferredRight()
                && settings.preferredRight() < settings.right()
                ? tryPlaceBefore(settings.preferredRight(), index, request, settings, rowEnd, rowLimit, measure, reserve)
                : null;
        return within != null ? within
                : tryPlaceBefore(settings.right(), index, request, settings, rowEnd, rowLimit, measure, reserve);
    }

    private static Placement tryPlaceBefore(double edge, int index, Request request, Settings settings,
                                            double[] rowEnd, double[] rowLimit, TextMeasure measure, double reserve) {
        double anchor = request.anchorX();
        String full = request.text();
        for (int row = 0; row < rowEnd.length; row++) {
            double free = Math.max(rowEnd[row] + settings.gap(), settings.left());
            if (anchor - settings.markerRadius() < free && rowEnd[row] > Double.NEGATIVE_INFINITY
                    || anchor < settings.left()) {
                continue;
            }
            double limit = Math.min(edge, rowLimit[row]);
            double reach = Math.min(settings.right(),
                    Math.max(request.reservedEnd(), anchor + settings.markerRadius()));
            if (reach > limit) {
                continue;
            }
            double fullWidth = measure.width(full);
            double textX = anchor + settings.offset();
            double rightRoom = Math.min(settings.maxWidth(), limit - textX);
            double leftRoom = Math.min(settings.maxWidth(), anchor - settings.offset() - free);
            double needed = Math.max(reserve, Math.min(fullWidth, settings.minWidth()));
            boolean left = rightRoom < fullWidth && leftRoom > rightRoom;
            double room = left ? leftRoom : rightRoom;
            if (room < needed) {
                continue;
            }
            String shown = shorten(full, fullWidth, room, measure);
            double width = measure.width(shown);
            if (left) {
                double textRight = anchor - settings.offset();
                return new Placement(index, anchor, row, textRight - width, shown, width, List.of(), 0,
                        textRight - Math.max(width, reserve), reach);
            }
            return new Placement(index, anchor, row, textX, shown, width, List.of(), 0,
                    Math.max(settings.left(), anchor - settings.markerRadius()), Math.max(textX + width, reach));
        }
        return null;
    }

    /**
     * A placement collecting the hidden requests after it. It is the last placement in its row while it collects,
     * so growing it to the right overlaps nothing. Text and badge share the label's room (at least the reserve kept
     * when it was placed); the text gives up what the badge needs. The shape changes only when the badge gains a
     * digit, which keeps a cluster of thousands cheap.
     */
    private static final class Cluster {
        private final Placement placed;
        /** How far right the cluster may grow: a label placed earlier may lie further along its row. */
        private final double limit;
        private final List<Integer> hidden = new ArrayList<>();
        private Placement current;
        private int badgeLength;

        Cluster(Placement placed, double limit) {
            this.placed = placed;
            this.limit = limit;
            this.current = placed;
        }

        void add(int request, Settings settings, double[] rowEnd, TextMeasure measure, TextMeasure badgeMeasure) {
            hidden.add(request);
            int length = 1 + digits(hidden.size());
            if (length == badgeLength) {
                return;
            }
            badgeLength = length;
            double badgeWidth = badgeMeasure.width("+" + hidden.size());
            double areaStart = placed.leftOfMarker() ? placed.start() : placed.anchorX() + settings.offset();
            double areaEnd = placed.leftOfMarker() ? placed.anchorX() - settings.offset()
                    : Math.min(Math.min(settings.right(), limit), areaStart + settings.maxWidth());
            double textRoom = areaEnd - areaStart - badgeWidth - settings.gap();
            String shown = placed.textWidth() <= textRoom ? placed.text()
                    : textRoom <= 0 ? "" : shorten(placed.text(), placed.textWidth(), textRoom, measure);
            double textWidth = shown.isEmpty() ? 0 : measure.width(shown);
            double total = textWidth + (textWidth > 0 ? settings.gap() : 0) + badgeWidth;
            double x = placed.leftOfMarker() ? Math.max(areaStart, areaEnd - total) : areaStart;
            current = new Placement(placed.request(), placed.anchorX(), placed.row(), x, shown, textWidth,
                    List.of(), badgeWidth, placed.start(), Math.max(placed.end(), x + total));
            rowEnd[current.row()] = current.end();
        }

        private static int digits(int number) {
            return number < 10 ? 1 : 1 + digits(number / 10);
        }

        Placement placement() {
            return new Placement(current.request(), current.anchorX(), current.row(), current.x(), current.text(),
                    current.textWidth(), List.copyOf(hidden), current.badgeWidth(), current.start(), current.end());
        }
    }

    /** The text's first line cut to fit {@code room} with an ellipsis, or "" when not even the ellipsis fits. */
    public static String shorten(String text, double textWidth, double room, TextMeasure measure) {
        if (textWidth <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure.width(cut(text, mid)) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String shown = cut(text, lo);
        return measure.width(shown) <= room ? shown : "";
    }

    private static String cut(String text, int length) {
        int end = length;
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
