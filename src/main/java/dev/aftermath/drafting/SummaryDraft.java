package dev.aftermath.drafting;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One sentence: the severity, the affected services and the incident's window, from impact start (or the first
 * entry) to resolution, in the incident's zone with the zone named.
 */
final class SummaryDraft {

    private SummaryDraft() {
    }

    static String write(DraftContext context) {
        Incident incident = context.incident();
        String window = window(context);
        boolean affected = !incident.affected().isEmpty();
        if (window.isEmpty() && !affected) {
            return incident.severity() == null ? "" : "This was a " + incident.severity() + " incident.";
        }
        String subject = incident.severity() == null ? "The incident" : "A " + incident.severity() + " incident";
        String verb = affected ? " affected " + listing(incident.affected()) : " ran";
        return subject + verb + window + ".";
    }

    private static String window(DraftContext context) {
        Optional<MilestoneValue> impact = context.milestone(Milestone.IMPACT_STARTED);
        Optional<TimelineEntry> first = context.incident().entries().stream().findFirst();
        if (impact.isEmpty() && first.isEmpty()) {
            return "";
        }
        DraftTimes times = context.times();
        String startSource = impact.map(start -> "impact start " + context.sources().of(start))
                .orElseGet(() -> "first entry " + context.sources().of(first.get()));
        Instant start = impact.map(MilestoneValue::at).orElseGet(() -> first.get().at());
        String from = impact.map(value -> context.full(times, value)).orElseGet(() -> times.full(start));
        Optional<MilestoneValue> resolved = context.milestone(Milestone.RESOLVED)
                .filter(end -> end.at().isAfter(start));
        if (resolved.isEmpty()) {
            return " starting " + from + times.zoneNote() + " (" + startSource + ")";
        }
        return " from " + from + " to " + context.next(times, resolved.get()) + times.zoneNote() + ", "
                + DraftContext.duration(start, resolved.get().at()) + " in all (" + startSource + "; resolution "
                + context.sources().of(resolved.get()) + ")";
    }

    /** "a", "a and b", "a, b and c". */
    static String listing(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
