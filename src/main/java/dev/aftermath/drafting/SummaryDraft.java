package dev.aftermath.drafting;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
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
        String subject = incident.severity() == null ? "The incident" : "A " + incident.severity() + " incident";
        String affected = incident.affected().isEmpty() ? "" : listing(incident.affected());
        Optional<MilestoneValue> impact = context.milestone(Milestone.IMPACT_STARTED);
        Optional<TimelineEntry> first = incident.entries().stream().findFirst();
        if (impact.isEmpty() && first.isEmpty()) {
            if (!affected.isEmpty()) {
                return subject + " affected " + affected + ".";
            }
            return incident.severity() == null ? "" : "This was a " + incident.severity() + " incident.";
        }
        DraftTimes times = context.times();
        Instant start = impact.map(MilestoneValue::at).orElseGet(() -> first.get().at());
        String from = impact.map(value -> context.full(times, value)).orElseGet(() -> times.full(start));
        List<String> notes = new ArrayList<>();
        if (times.needsZoneName()) {
            notes.add("times in " + context.incident().zone().getId());
        }
        notes.add(impact.map(value -> "impact start " + context.sources().of(value))
                .orElseGet(() -> "first entry " + context.sources().of(first.get())));
        Optional<MilestoneValue> resolved = context.milestone(Milestone.RESOLVED)
                .filter(end -> end.at().isAfter(start));
        if (resolved.isEmpty()) {
            String verb = affected.isEmpty() ? " started at " : " affecting " + affected + " started at ";
            return subject + verb + from + " (" + String.join("; ", notes) + ").";
        }
        notes.add("resolution " + context.sources().of(resolved.get()));
        String verb = affected.isEmpty() ? " ran" : " affected " + affected;
        return subject + verb + " from " + from + " to " + context.next(times, resolved.get()) + ", "
                + DraftContext.duration(start, resolved.get().at()) + " in all (" + String.join("; ", notes) + ").";
    }

    /** "a", "a and b", "a, b and c". */
    static String listing(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
