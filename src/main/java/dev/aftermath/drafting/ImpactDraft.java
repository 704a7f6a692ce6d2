package dev.aftermath.drafting;

import dev.aftermath.analysis.ImpactReturns;
import dev.aftermath.analysis.MetricDeparture;
import dev.aftermath.analysis.MetricDeparture.Baseline;
import dev.aftermath.analysis.MetricDeparture.Peak;
import dev.aftermath.analysis.MetricText;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The impact paragraph (how long, and how far each metric went from its baseline) and the detection paragraph
 * (time to detect, and how it was detected in the words of the entry that says so).
 */
final class ImpactDraft {

    /** More returns than this are summed up in one sentence rather than told one by one. */
    private static final int MAX_RETURNS_TOLD = 3;

    private ImpactDraft() {
    }

    static String write(DraftContext context) {
        List<String> paragraphs = new ArrayList<>();
        context.milestone(Milestone.IMPACT_STARTED).ifPresent(start -> paragraphs.add(impact(context, start)));
        context.milestone(Milestone.DETECTED).ifPresent(detected -> paragraphs.add(detection(context, detected)));
        return String.join("\n\n", paragraphs);
    }

    private static String impact(DraftContext context, MilestoneValue start) {
        DraftTimes times = context.times();
        Optional<MilestoneValue> end = context.milestone(Milestone.MITIGATED)
                .or(() -> context.milestone(Milestone.RESOLVED))
                .filter(value -> value.at().isAfter(start.at()));
        StringBuilder text = new StringBuilder();
        Instant until;
        if (end.isPresent()) {
            until = end.get().at();
            text.append("Impact lasted ").append(DraftContext.duration(start.at(), until)).append(", from ")
                    .append(context.full(times, start)).append(" (").append(context.sources().of(start))
                    .append(") until it was ").append(DraftContext.words(end.get().milestone()).toLowerCase(Locale.ROOT))
                    .append(" at ").append(context.next(times, end.get())).append(" (")
                    .append(context.sources().of(end.get())).append(").");
        } else {
            until = Instant.MAX;
            text.append("Impact started at ").append(context.full(times, start)).append(" (")
                    .append(context.sources().of(start)).append(").");
        }
        returns(context, times).ifPresent(sentence -> text.append(' ').append(sentence));
        for (MetricSeries series : context.incident().series()) {
            metric(series, start.at(), until, times).ifPresent(sentence -> text.append(' ').append(sentence));
        }
        return text.toString();
    }

    /** When the impact came back after the mitigation, each time with its length; a summary when it came often. */
    private static Optional<String> returns(DraftContext context, DraftTimes times) {
        List<ImpactReturns.Return> returns = ImpactReturns.of(context.milestones(), context.incident().entries());
        if (returns.isEmpty()) {
            return Optional.empty();
        }
        if (returns.size() > MAX_RETURNS_TOLD) {
            ImpactReturns.Return first = returns.get(0);
            ImpactReturns.Return last = returns.get(returns.size() - 1);
            return Optional.of("The impact came back " + returns.size() + " times after it was mitigated, first at "
                    + when(times, first.started()) + " (" + context.sources().of(first.started())
                    + "), the last time until " + times.next(last.end()) + ".");
        }
        List<String> sentences = new ArrayList<>();
        for (ImpactReturns.Return back : returns) {
            // Times are written in reading order: the first of a new day carries the date.
            String cameBack = "The impact came back at " + when(times, back.started()) + " ("
                    + context.sources().of(back.started()) + ") and lasted "
                    + DraftContext.duration(back.start(), back.end()) + ", ";
            String ended = back.ended()
                    .map(entry -> "until it was " + (entry.kind() == EntryKind.RESOLVED ? "resolved" : "mitigated")
                            + " at " + when(times, entry) + " (" + context.sources().of(entry) + ")")
                    .orElseGet(() -> "until the resolution at " + times.next(back.end()));
            sentences.add(cameBack + ended + ".");
        }
        return Optional.of(String.join(" ", sentences));
    }

    private static String when(DraftTimes times, TimelineEntry entry) {
        return (entry.approximate() ? "about " : "") + times.next(entry.at());
    }

    /** How far the series went from its baseline during the impact; nothing when it has no value then. */
    private static Optional<String> metric(MetricSeries series, Instant from, Instant until, DraftTimes times) {
        Baseline baseline = MetricDeparture.baseline(series, from).orElse(null);
        Optional<Peak> found = MetricDeparture.peak(series, from, until, baseline);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Peak peak = found.get();
        String name = series.name().isBlank() ? "An unnamed series" : series.name();
        String value = MetricText.value(peak.value(), series.unit());
        String source = " (" + DraftSources.of(series) + ").";
        if (baseline == null) {
            return Optional.of("During impact, " + name + " peaked at " + value + " at " + times.next(peak.at())
                    + source);
        }
        String usual = MetricText.value(baseline.median(), series.unit());
        if (!baseline.departed(peak.value(), peak.upwards())) {
            return Optional.of("During impact, " + name + " stayed within its usual range around " + usual
                    + " (median before impact), going no " + (peak.upwards() ? "higher" : "lower") + " than " + value
                    + source);
        }
        return Optional.of("During impact, " + name + (peak.upwards() ? " peaked at " : " fell to ") + value + " at "
                + times.next(peak.at()) + ", against a baseline of " + usual + " (median before impact)"
                + comparison(peak.value(), baseline.median(), series.unit()) + source);
    }

    /**
     * ", 13.3 times as high" or ", 60% lower"; for a series in percent, the difference in percentage points, which
     * is what people mean by "success fell 38 points". Nothing for a ratio to a zero or negative baseline.
     */
    private static String comparison(double peak, double median, String unit) {
        if (unit.strip().equals("%")) {
            return ", " + MetricText.value(Math.abs(peak - median), "") + " percentage points "
                    + (peak >= median ? "higher" : "lower");
        }
        if (median <= 0) {
            return "";
        }
        if (peak >= median) {
            double times = peak / median;
            String ratio = times < 100 ? String.format(Locale.ROOT, "%.1f", times)
                    : String.format(Locale.ENGLISH, "%,d", Math.round(times));
            return ", " + ratio + " times as high";
        }
        return ", " + Math.round(100 * (median - peak) / median) + "% lower";
    }

    private static String detection(DraftContext context, MilestoneValue detected) {
        DraftTimes times = context.times();
        StringBuilder text = new StringBuilder("It was detected at ").append(context.full(times, detected));
        context.milestone(Milestone.IMPACT_STARTED).filter(start -> start.at().isBefore(detected.at()))
                .ifPresent(start -> text.append(", ").append(DraftContext.duration(start.at(), detected.at()))
                        .append(" after impact started"));
        Optional<TimelineEntry> entry = context.sources().entry(detected.entryId());
        if (detected.pinned() || entry.isEmpty()) {
            return text.append(" (").append(context.sources().of(detected)).append(").").toString();
        }
        return text.append(": ").append(DraftSources.quote(entry.get())).append(" (")
                .append(context.sources().of(entry.get())).append(").").toString();
    }
}
