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
import java.util.regex.Pattern;

/**
 * A status page that says "resolved" while a metric is still bad: the public story ended before the incident did.
 *
 * <p>A series with a threshold (the alert or SLO line the user set on it) is bad at a resolved post when its level
 * there lies beyond the threshold: above it, or below it for a series whose usual level before impact lies above
 * the line (a success rate, a throughput) and whose name does not say it is worse when high.
 *
 * <p>A series without a threshold is measured against its own baseline ({@link MetricDeparture}), and only series
 * that are worse when high count (errors, failures, latency, waits, timeouts, queues, lag; a time unit). Such a
 * series is "still high" at a resolved post when it lies above its usual range there and has not come at least
 * halfway back from the peak it reached during the impact (up to mitigation, else resolution).
 */
final class ResolvedWhileDeparted {

    private static final Pattern WORSE_WHEN_HIGH = Pattern.compile("(?i).*(\\berr|error|\\b5\\d\\d\\b|\\b5xx\\b"
            + "|fail|timeout|timed out|latency|\\bp9\\d|percentile|wait|slow|queue|\\blag\\b|backlog|reject|drop"
            + "|retr(y|ies)|over \\d+\\s*m?s\\b).*");
    private static final Pattern TIME_UNIT = Pattern.compile("(?i)(ms|s|sec|seconds?|µs|us|min)");

    private ResolvedWhileDeparted() {
    }

    static List<TimelineWarning> check(Incident incident, IncidentMilestones milestones, CheckTimes times) {
        Optional<Instant> impactStart = milestones.at(Milestone.IMPACT_STARTED);
        List<TimelineWarning> warnings = new ArrayList<>();
        for (TimelineEntry post : incident.entries()) {
            if (post.source() != EntrySource.STATUS_PAGE || post.status() != PostStatus.RESOLVED
                    || impactStart.filter(start -> !post.at().isAfter(start)).isPresent()) {
                continue;
            }
            for (MetricSeries series : incident.series()) {
                if (series.threshold() != null) {
                    beyondThreshold(series, impactStart, post, times).ifPresent(warnings::add);
                } else if (impactStart.isPresent() && isWorseWhenHigh(series)) {
                    Instant impactEnd = milestones.at(Milestone.MITIGATED)
                            .or(() -> milestones.at(Milestone.RESOLVED))
                            .filter(end -> end.isAfter(impactStart.get()) && end.isBefore(post.at()))
                            .orElse(post.at());
                    stillHigh(series, impactStart.get(), impactEnd, post, times).ifPresent(warnings::add);
                }
            }
        }
        return warnings;
    }

    private static Optional<TimelineWarning> beyondThreshold(MetricSeries series, Optional<Instant> impactStart,
                                                             TimelineEntry post, CheckTimes times) {
        double threshold = series.threshold();
        OptionalDouble level = MetricDeparture.levelAt(series, post.at());
        if (level.isEmpty()) {
            return Optional.empty();
        }
        boolean floor = !isWorseWhenHigh(series)
                && impactStart.flatMap(start -> MetricDeparture.baseline(series, start))
                        .filter(baseline -> baseline.median() > threshold).isPresent();
        boolean beyond = floor ? level.getAsDouble() < threshold : level.getAsDouble() > threshold;
        if (!beyond) {
            return Optional.empty();
        }
        String unit = series.unit();
        return Optional.of(new TimelineWarning(Check.RESOLVED_WHILE_METRIC_DEPARTED,
                "The status page said resolved at " + times.instant(post.at()) + ", but '" + series.name()
                        + "' was still at " + MetricText.value(level.getAsDouble(), unit) + ", "
                        + (floor ? "below" : "above") + " its threshold of " + MetricText.value(threshold, unit)
                        + ".",
                post.id()));
    }

    static boolean isWorseWhenHigh(MetricSeries series) {
        return WORSE_WHEN_HIGH.matcher(series.name()).matches() || TIME_UNIT.matcher(series.unit().strip()).matches();
    }

    private static Optional<TimelineWarning> stillHigh(MetricSeries series, Instant impactStart, Instant impactEnd,
                                                       TimelineEntry post, CheckTimes times) {
        Optional<Baseline> baseline = MetricDeparture.baseline(series, impactStart);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        double median = baseline.get().median();
        Optional<Peak> peak = MetricDeparture.peak(series, impactStart, impactEnd, baseline.get())
                .filter(found -> found.upwards() && baseline.get().departed(found.value(), true));
        OptionalDouble level = MetricDeparture.levelAt(series, post.at());
        if (peak.isEmpty() || level.isEmpty() || !baseline.get().departed(level.getAsDouble(), true)
                || level.getAsDouble() - median < (peak.get().value() - median) / 2) {
            return Optional.empty();
        }
        String unit = series.unit();
        return Optional.of(new TimelineWarning(Check.RESOLVED_WHILE_METRIC_DEPARTED,
                "The status page said resolved at " + times.instant(post.at()) + ", but '" + series.name()
                        + "' was still at " + MetricText.value(level.getAsDouble(), unit) + ", less than halfway"
                        + " back from its peak of " + MetricText.value(peak.get().value(), unit) + " to its usual "
                        + MetricText.value(median, unit) + " (median before impact; limit "
                        + MetricText.value(baseline.get().upperLimit(), unit) + ").",
                post.id()));
    }
}
