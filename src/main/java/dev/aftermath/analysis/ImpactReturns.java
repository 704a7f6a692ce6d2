package dev.aftermath.analysis;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The times an impact came back after it was mitigated and before the incident was resolved, as when a rolled-back
 * change is deployed again: each return starts at an impact-start entry after the calm before it and lasts until
 * the next mitigation or resolution entry, else until the resolution. The timeline shades them and the impact
 * draft tells them.
 */
public final class ImpactReturns {

    private ImpactReturns() {
    }

    /**
     * One return of the impact.
     *
     * @param ended the entry that ended it, the resolution's own when that did; empty when the resolution has none
     *              (pinned by hand)
     */
    public record Return(TimelineEntry started, Instant end, Optional<TimelineEntry> ended) {

        public Instant start() {
            return started.at();
        }
    }

    /** The returns in time order; none without both a mitigation and a resolution after it. */
    public static List<Return> of(IncidentMilestones milestones, List<TimelineEntry> entries) {
        Optional<Instant> mitigated = milestones.at(Milestone.MITIGATED);
        Optional<Instant> resolved = milestones.at(Milestone.RESOLVED);
        if (mitigated.isEmpty() || resolved.isEmpty() || resolved.get().isBefore(mitigated.get())) {
            return List.of();
        }
        List<TimelineEntry> starts = ordered(entries, EntryKind.IMPACT_STARTED);
        List<TimelineEntry> calms = ordered(entries, EntryKind.MITIGATED, EntryKind.RESOLVED);
        List<Return> returns = new ArrayList<>();
        Instant calm = mitigated.get();
        Optional<TimelineEntry> back = firstBetween(starts, calm, resolved.get(), false);
        while (back.isPresent()) {
            Optional<TimelineEntry> over = firstBetween(calms, back.get().at(), resolved.get(), true);
            Instant end = over.map(TimelineEntry::at).orElse(resolved.get());
            returns.add(new Return(back.get(), end, over));
            calm = end;
            back = firstBetween(starts, calm, resolved.get(), false);
        }
        return List.copyOf(returns);
    }

    /** The entries of {@code kinds} in time order; an entry without a kind is none of them. */
    private static List<TimelineEntry> ordered(List<TimelineEntry> entries, EntryKind first, EntryKind... more) {
        Set<EntryKind> wanted = EnumSet.of(first, more);
        return entries.stream().filter(entry -> entry.kind() != null && wanted.contains(entry.kind()))
                .sorted(Comparator.comparing(TimelineEntry::at)).toList();
    }

    /** The earliest of the ordered {@code entries} after {@code after} and before (or at) {@code until}. */
    private static Optional<TimelineEntry> firstBetween(List<TimelineEntry> entries, Instant after, Instant until,
                                                        boolean atUntilToo) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).at().isAfter(after)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        if (low == entries.size()) {
            return Optional.empty();
        }
        Instant at = entries.get(low).at();
        return at.isBefore(until) || atUntilToo && at.equals(until) ? Optional.of(entries.get(low)) : Optional.empty();
    }
}
