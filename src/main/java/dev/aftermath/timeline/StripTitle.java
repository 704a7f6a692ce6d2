package dev.aftermath.timeline;

import dev.aftermath.model.MetricSeries;
import java.util.List;

/**
 * A metric strip's title in the gutter: its colour, its name and the unit its values are read in (the unit of the
 * value axis, so "GB" for a series counted in bytes). A strip tall enough has the unit on a line of its own under
 * the name; a thin one has it after the name, which gives way first.
 */
final class StripTitle {

    private StripTitle() {
    }

    static void paint(MetricSeries series, String unit, TimelineLayout.StripBox box, TimelineLayout layout,
                      Theme theme, Rgba colour, Painter painter) {
        double s = theme.scale();
        TextStyle nameStyle = TextStyle.bold(theme.size(13));
        TextStyle unitStyle = TextStyle.regular(theme.size(11));
        double room = layout.left() - layout.margin() - 20 * s;
        double x = layout.margin() + 12 * s;
        painter.fillRoundRect(layout.margin(), box.top() + 4 * s, 4 * s, box.height() - 8 * s, 2 * s, colour);
        String name = series.name().isBlank() ? "metric" : series.name();
        double centre = box.top() + box.height() / 2;
        if (!unit.isEmpty() && box.height() < 40 * s) {
            double unitWidth = painter.textWidth(unit, unitStyle);
            String shown = TimelineRenderer.fitted(name, room - unitWidth - 6 * s, nameStyle, painter).orElse("");
            double nameWidth = shown.isEmpty() ? 0 : painter.textWidth(shown, nameStyle) + 6 * s;
            painter.text(shown, x, TimelineRenderer.baseline(centre, nameStyle.size()), nameStyle, theme.text());
            painter.text(unit, x + nameWidth, TimelineRenderer.baseline(centre, nameStyle.size()), unitStyle,
                    theme.mutedText());
            return;
        }
        List<String> lines = TimelineRenderer.wrap(name, room, nameStyle, box.height() >= 90 * s ? 2 : 1, painter);
        double lineHeight = 17 * s;
        double unitHeight = unit.isEmpty() ? 0 : 15 * s;
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
}
