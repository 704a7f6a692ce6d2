package dev.aftermath.analysis;

import dev.aftermath.analysis.MetricDeparture.Baseline;
import dev.aftermath.analysis.MetricDeparture.Peak;
import dev.aftermath.analysis.TimelineWarning.Check;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A status page that says "resolved" while a metric is still away from its usual level: the public story ended
 * before the incident did. Each series is measured against its own baseline ({@link MetricDeparture}); "away"
 * means beyond it on the side the series went during the impact.
 */
final class ResolvedWhileDeparted {

    private ResolvedWhileDeparted() {
    }

    static List<TimelineWarning> check(Incident incident, IncidentMilestones milestones, CheckTimes times) {
        Optional<Instant> impactStart = milestones.at(Milestone.IMPACT_STARTED);
        List<TimelineWarning> warnings = new ArrayList<>();
        if (impactStart.isEmpty() || incident.series().isEmpty()) {
            return warnings;
        }
        for (TimelineEntry post : incident.entries()) {
            if (post.source() != EntrySource.STATUS_PAGE || post.status() != PostStatus.RESOLVED
                    || !post.at().isAfter(impactStart.get())) {
                continue;
            }
            for (MetricSeries series : incident.series()) {
                departure(series, impactStart.get(), post, times).ifPresent(warnings::add);
            }
        }
        return warnings;
    }

    private static Optional<TimelineWarning> departure(MetricSeries series, Instant impactStart, TimelineEntry post,
                                                       CheckTimes times) {
        Optional<Baseline> baseline = MetricDeparture.baseline(series, impactStart);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        Optional<Peak> peak = MetricDeparture.peak(series, impactStart, post.at(), baseline.get());
        OptionalDouble level = MetricDeparture.levelAt(series, post.at());
        boolean upwards = peak.map(Peak::upwards).orElse(true);
        if (level.isEmpty() || !baseline.get().departed(level.getAsDouble(), upwards)) {
            return Optional.empty();
        }
        double limit = upwards ? baseline.get().upperLimit() : baseline.get().lowerLimit();
        return Optional.of(new TimelineWarning(Check.RESOLVED_WHILE_METRIC_DEPARTED,
                "The status page said resolved at " + times.instant(post.at()) + ", but '" + series.name()
                        + "' was still at " + MetricText.value(level.getAsDouble(), series.unit()) + ", "
                        + (upwards ? "above" : "below") + " its usual range (median "
                        + MetricText.value(baseline.get().median(), series.unit()) + " before impact, limit "
                        + MetricText.value(limit, series.unit()) + ").",
                post.id()));
    }
}
