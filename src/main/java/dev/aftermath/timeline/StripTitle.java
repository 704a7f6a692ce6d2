package dev.aftermath.timeline;

import dev.aftermath.model.MetricSeries;
import java.util.List;

/**
 * A metric strip's title in the gutter: its colour, its name and the unit its values are read in (the unit of the
 * value axis, so "GB" for a series counted in bytes). The unit goes on a line of its own under the name when the
 * strip is tall enough, or when it would otherwise push a long name into an ellipsis and the strip can just hold two
 * tight lines; a strip thinner still has the unit after the name, and the name gives way first.
 */
final class StripTitle {

    private StripTitle() {
    }

    static void paint(MetricSeries series, String unit, TimelineLayout.StripBox box, TimelineLayout layout,
                      Theme theme, Rgba colour, Painter painter) {
        double s = theme.scale();
        TextStyle nameStyle = nameStyle(theme);
        TextStyle unitStyle = unitStyle(theme);
        double room = layout.left() - layout.margin() - 20 * s;
        double x = layout.margin() + 12 * s;
        painter.fillRoundRect(layout.margin(), box.top() + 4 * s, 4 * s, box.height() - 8 * s, 2 * s, colour);
        String name = nameOf(series);
        double centre = box.top() + box.height() / 2;
        boolean roomy = box.height() >= 40 * s;
        boolean tight = !roomy && box.height() >= 28 * s;
        boolean oneLine = !unit.isEmpty() && !roomy
                && (!tight || oneLineWidth(series, unit, theme, painter) <= room);
        if (oneLine) {
            double unitWidth = painter.textWidth(unit, unitStyle);
            String shown = TimelineRenderer.fitted(name, room - unitWidth - 6 * s, nameStyle, painter).orElse("");
            double nameWidth = shown.isEmpty() ? 0 : painter.textWidth(shown, nameStyle) + 6 * s;
            painter.text(shown, x, TimelineRenderer.baseline(centre, nameStyle.size()), nameStyle, theme.text());
            painter.text(unit, x + nameWidth, TimelineRenderer.baseline(centre, nameStyle.size()), unitStyle,
                    theme.mutedText());
            return;
        }
        List<String> lines = TimelineRenderer.wrap(name, room, nameStyle, box.height() >= 90 * s ? 2 : 1, painter);
        double lineHeight = (tight ? 14 : 17) * s;
        double unitHeight = unit.isEmpty() ? 0 : (tight ? 13 : 15) * s;
        double y = centre - ((lines.size() - 1) * lineHeight + unitHeight) / 2;
        for (String line : lines) {
            painter.text(line, x, TimelineRenderer.baseline(y, nameStyle.size()), nameStyle, theme.text());
            y += lineHeight;
        }
        double unitBaseline = TimelineRenderer.baseline(y - lineHeight + unitHeight, unitStyle.size());
        if (!unit.isEmpty()) {
            TimelineRenderer.fitted(unit, room, unitStyle, painter).ifPresent(text -> painter.text(text, x,
                    unitBaseline, unitStyle, theme.mutedText()));
        }
    }

    /** How wide the title is with the unit after the name, as a thin strip shows it. */
    static double oneLineWidth(MetricSeries series, String unit, Theme theme, Painter painter) {
        double nameWidth = painter.textWidth(nameOf(series), nameStyle(theme));
        return unit.isEmpty() ? nameWidth : nameWidth + 6 * theme.scale() + painter.textWidth(unit, unitStyle(theme));
    }

    private static String nameOf(MetricSeries series) {
        return series.name().isBlank() ? "metric" : series.name();
    }

    private static TextStyle nameStyle(Theme theme) {
        return TextStyle.bold(theme.size(13));
    }

    private static TextStyle unitStyle(Theme theme) {
        return TextStyle.regular(theme.size(11));
    }
}
