package dev.aftermath.drafting;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The story of the timeline in sentences: each milestone in time order, with how long after impact start it came
 * and the entry that marks it, quoted; then what the timeline holds in all.
 */
final class NarrativeDraft {

    private NarrativeDraft() {
    }

    static List<String> write(DraftContext context) {
        List<String> lines = new ArrayList<>();
        DraftTimes times = context.times();
        Optional<MilestoneValue> impact = context.milestone(Milestone.IMPACT_STARTED);
        List<MilestoneValue> reached = context.milestones().effective().values().stream()
                .sorted(Comparator.comparing(MilestoneValue::at).thenComparing(MilestoneValue::milestone)).toList();
        for (MilestoneValue milestone : reached) {
            StringBuilder line = new StringBuilder(DraftContext.words(milestone.milestone())).append(" at ")
                    .append(context.next(times, milestone));
            impact.filter(start -> start.at().isBefore(milestone.at()))
                    .ifPresent(start -> line.append(", ").append(DraftContext.duration(start.at(), milestone.at()))
                            .append(" after impact started"));
            Optional<TimelineEntry> entry = context.sources().entry(milestone.entryId());
            if (milestone.pinned() || entry.isEmpty()) {
                line.append(" (").append(context.sources().of(milestone)).append(").");
            } else {
                line.append(": ").append(DraftSources.quote(entry.get())).append(" (")
                        .append(context.sources().of(entry.get())).append(").");
            }
            lines.add(line.toString());
        }
        totals(context).ifPresent(lines::add);
        return lines;
    }

    /** "The timeline holds 22 entries from 07:00 to 20:31 UTC: 9 from the status page, 13 from the report." */
    private static Optional<String> totals(DraftContext context) {
        List<TimelineEntry> entries = context.incident().entries();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        DraftTimes times = context.times();
        Map<EntrySource, Long> counts = entries.stream().collect(
                Collectors.groupingBy(TimelineEntry::source, () -> new EnumMap<>(EntrySource.class),
                        Collectors.counting()));
        String bySource = counts.entrySet().stream()
                .map(count -> count.getValue() + " " + origin(count.getKey()))
                .collect(Collectors.joining(", "));
        String span = entries.size() == 1 ? " at " + times.full(entries.get(0).at())
                : " from " + times.full(entries.get(0).at()) + " to "
                        + times.next(entries.get(entries.size() - 1).at());
        return Optional.of("The timeline holds " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                + span + ": " + bySource + ".");
    }

    private static String origin(EntrySource source) {
        return switch (source) {
            case STATUS_PAGE -> "from the status page";
            case REPORT -> "from the report";
            case METRICS -> "from the metrics";
            case BUNDLE -> "from incident files";
            case MANUAL -> "entered by hand";
        };
    }
}
