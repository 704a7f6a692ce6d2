package dev.aftermath.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The key along the bottom: the phases present, then how milestones and entries are drawn. Items that would run
 * past the right edge of a narrow picture are left out.
 */
final class LegendPainter {

    private LegendPainter() {
    }

    /** A key item: a small drawing of {@code swatchWidth} pixels before its text. */
    private record Item(double swatchWidth, Swatch swatch, String text) {
    }

    @FunctionalInterface
    private interface Swatch {
        void paint(double x, double centreY);
    }

    static void paint(PreparedTimeline timeline, TimelineLayout layout, Theme theme, Painter painter) {
        double s = theme.scale();
        TextStyle style = TextStyle.regular(theme.size(12));
        double centreY = layout.legendTop() + 8 * s;
        double baseline = TimelineRenderer.baseline(centreY, style.size());
        double x = layout.margin();
        for (Item item : items(timeline, theme, painter)) {
            double width = item.swatchWidth() + painter.textWidth(item.text(), style);
            if (x + width > layout.right()) {
                return;
            }
            item.swatch().paint(x, centreY);
            painter.text(item.text(), x + item.swatchWidth(), baseline, style, theme.mutedText());
            x += width + 22 * s;
        }
    }

    private static List<Item> items(PreparedTimeline timeline, Theme theme, Painter painter) {
        double s = theme.scale();
        List<Item> items = new ArrayList<>();
        for (Phase phase : timeline.phases()) {
            items.add(new Item(22 * s, (x, y) -> {
                painter.fillRoundRect(x, y - 6 * s, 16 * s, 12 * s, 2 * s, theme.phaseFill(phase));
                painter.fillRect(x, y - 6 * s, 3 * s, 12 * s, theme.phaseText(phase));
            }, phase.label()));
        }
        if (!timeline.markers().isEmpty()) {
            items.add(new Item(8 * s, (x, y) -> painter.strokeLine(x, y - 7 * s, x, y + 7 * s, 1.6 * s, 0,
                    theme.milestone()), "pinned milestone"));
            items.add(new Item(8 * s, (x, y) -> painter.strokeLine(x, y - 7 * s, x, y + 7 * s, 1.2 * s, 3 * s,
                    theme.milestone()), "derived milestone"));
        }
        if (!timeline.lanes().isEmpty()) {
            Rgba entry = theme.mutedText();
            items.add(new Item(16 * s, (x, y) -> painter.fillCircle(x + 5 * s, y, 4.5 * s, entry), "entry"));
            items.add(new Item(16 * s, (x, y) -> painter.strokeCircle(x + 5 * s, y, 4.2 * s, 1.6 * s, entry),
                    LanePainter.APPROXIMATE + "approximate time"));
            items.add(new Item(34 * s, (x, y) -> painter.fillRoundRect(x, y - 5 * s, 28 * s, 10 * s, 3 * s,
                    entry.withOpacity(0.35)), "span"));
            TextStyle badgeStyle = TextStyle.bold(theme.size(11));
            double badgeWidth = painter.textWidth("+3", badgeStyle) + 10 * s;
            items.add(new Item(badgeWidth + 6 * s, (x, y) -> {
                painter.fillRoundRect(x, y - 9 * s, badgeWidth, 18 * s, 9 * s, entry.withOpacity(0.18));
                painter.text("+3", x + 5 * s, TimelineRenderer.baseline(y, badgeStyle.size()), badgeStyle, entry);
            }, "entries too close to label"));
        }
        return items;
    }
}
