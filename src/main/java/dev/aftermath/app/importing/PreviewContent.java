package dev.aftermath.app.importing;

import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.workspace.ParsedImport;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a parse hands the preview: the plan, and every series already reduced to a sparkline, because that
 * reduction reads every point and so belongs in the background with the parsing.
 */
record PreviewContent(ParsedImport parsed, Map<MetricSeries, Sparkline> sparklines) {

    static PreviewContent of(ParsedImport parsed) {
        Map<MetricSeries, Sparkline> sparklines = new IdentityHashMap<>();
        for (Incident incident : parsed.incidents()) {
            for (MetricSeries series : incident.series()) {
                sparklines.put(series, Sparkline.of(series));
            }
        }
        return new PreviewContent(parsed, sparklines);
    }
}
