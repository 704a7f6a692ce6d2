package dev.aftermath.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A suggested impact start on its metric strip: a dashed line where the series leaves its baseline and a badge
 * asking "impact started here?", which the user can click to accept.
 */
final class SuggestionPainter {

    static final String QUESTION = "impact started here?";

    private SuggestionPainter() {
    }

    static List<PaintedTimeline.SuggestionHit> paint(PreparedTimeline timeline, TimelineLayout.StripBox box,
                                                     TimelineLayout layout, TimeScale scale, Theme theme,
                                                     Painter painter) {
        List<PaintedTimeline.SuggestionHit> hits = new ArrayList<>();
        double s = theme.scale();
        Rgba colour = theme.phaseText(Phase.UNDETECTED);
        TextStyle style = TextStyle.bold(theme.size(11));
        for (ImpactSuggestion suggestion : timeline.suggestions()) {
            double x = scale.x(suggestion.at());
            if (suggestion.series() != box.series() || x < layout.left() || x > layout.right()) {
                continue;
            }
            double bottom = box.top() + box.height();
            painter.strokeLine(x, box.top(), x, bottom, 1.6 * s, 3 * s, colour);
            double width = painter.textWidth(QUESTION, style) + 12 * s;
            double height = 18 * s;
            double badgeX = x + 6 * s + width <= layout.right() ? x + 6 * s : x - 6 * s - width;
            double badgeY = bottom - height - 4 * s;
            painter.fillRoundRect(badgeX, badgeY, width, height, 9 * s, colour);
            painter.text(QUESTION, badgeX + 6 * s, TimelineRenderer.baseline(badgeY + height / 2, style.size()),
                    style, theme.background());
            hits.add(new PaintedTimeline.SuggestionHit(suggestion, badgeX, badgeY, width, height));
        }
        return hits;
    }
}
