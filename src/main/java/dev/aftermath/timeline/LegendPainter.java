package dev.aftermath.timeline;

/** The key along the bottom: the phases present, then how milestones and entries are drawn. */
final class LegendPainter {

    private LegendPainter() {
    }

    static void paint(PreparedTimeline timeline, TimelineLayout layout, Theme theme, Painter painter) {
        double s = theme.scale();
        TextStyle style = TextStyle.regular(theme.size(12));
        double centreY = layout.legendTop() + 8 * s;
        double baseline = TimelineRenderer.baseline(centreY, style.size());
        double x = layout.margin();
        double gap = 22 * s;
        for (PhaseBand band : timeline.bands()) {
            painter.fillRoundRect(x, centreY - 6 * s, 16 * s, 12 * s, 2 * s, theme.phaseFill(band.phase()));
            painter.fillRect(x, centreY - 6 * s, 3 * s, 12 * s, theme.phaseText(band.phase()));
            x = label(band.phase().label(), x + 22 * s, baseline, style, theme, painter) + gap;
        }
        if (!timeline.markers().isEmpty()) {
            painter.strokeLine(x, centreY - 7 * s, x, centreY + 7 * s, 1.6 * s, 0, theme.milestone());
            x = label("pinned milestone", x + 8 * s, baseline, style, theme, painter) + gap;
            painter.strokeLine(x, centreY - 7 * s, x, centreY + 7 * s, 1.2 * s, 3 * s, theme.milestone());
            x = label("derived milestone", x + 8 * s, baseline, style, theme, painter) + gap;
        }
        if (!timeline.lanes().isEmpty()) {
            Rgba entry = theme.mutedText();
            painter.fillCircle(x + 5 * s, centreY, 4.5 * s, entry);
            x = label("entry", x + 16 * s, baseline, style, theme, painter) + gap;
            painter.strokeCircle(x + 5 * s, centreY, 4.2 * s, 1.6 * s, entry);
            x = label(LanePainter.APPROXIMATE + "approximate time", x + 16 * s, baseline, style, theme, painter) + gap;
            painter.fillRoundRect(x, centreY - 5 * s, 28 * s, 10 * s, 3 * s, entry.withOpacity(0.35));
            x = label("span", x + 34 * s, baseline, style, theme, painter) + gap;
            TextStyle badgeStyle = TextStyle.bold(theme.size(11));
            double badgeWidth = painter.textWidth("+3", badgeStyle) + 10 * s;
            painter.fillRoundRect(x, centreY - 9 * s, badgeWidth, 18 * s, 9 * s, entry.withOpacity(0.18));
            painter.text("+3", x + 5 * s, TimelineRenderer.baseline(centreY, badgeStyle.size()), badgeStyle, entry);
            label("entries too close to label", x + badgeWidth + 6 * s, baseline, style, theme, painter);
        }
    }

    private static double label(String text, double x, double baseline, TextStyle style, Theme theme,
                                Painter painter) {
        painter.text(text, x, baseline, style, theme.mutedText());
        return x + painter.textWidth(text, style);
    }
}
