package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The phase bands of an incident, from its effective milestones: before impact (triggered to impact started),
 * undetected (impact started to detected), response (detected to mitigated) and recovery (mitigated to resolved).
 * Reports often leave a milestone out, so a band whose end is missing runs on to what must have come at or after
 * it:
 * <ul>
 * <li>No mitigation: the response runs from detection to resolution (the resolution ends it at the latest), and
 * there is no recovery band.</li>
 * <li>No detection: the first sign of a response after the impact started (acknowledged, identified or the first
 * communication, whichever came first, and no later than the mitigation, else the resolution) stands in for it,
 * since nobody answers an incident before knowing of it: the undetected band runs to it and the response from it.
 * With no such sign, the undetected band runs to the mitigation, else the resolution, and there is no response
 * band.</li>
 * <li>No resolution: the recovery has no end and there is no recovery band.</li>
 * <li>An impact that came back after the mitigation: see {@link #addRecovery}.</li>
 * <li>No impact start or no trigger: the bands that start or end there are left out, since nothing tells where the
 * impact began; no band claims that stretch.</li>
 * </ul>
 * A band whose milestones are known but out of order is left out rather than drawn misleadingly (the timeline
 * checks report the disorder); the fallbacks stand in only for milestones that are missing.
 */
public final class PhaseBands {

    private PhaseBands() {
    }

    /** @param entries the incident's entries, where an impact that came back after the mitigation shows */
    public static List<PhaseBand> of(IncidentMilestones milestones, List<TimelineEntry> entries) {
        Optional<Instant> impact = milestones.at(Milestone.IMPACT_STARTED);
        Optional<Instant> mitigated = milestones.at(Milestone.MITIGATED);
        Optional<Instant> resolved = milestones.at(Milestone.RESOLVED);
        Optional<Instant> responseEnd = mitigated.or(() -> resolved);
        Optional<Instant> detection = milestones.at(Milestone.DETECTED)
                .or(() -> firstResponse(milestones, impact, responseEnd));
        List<PhaseBand> bands = new ArrayList<>();
        add(bands, Phase.BEFORE_IMPACT, milestones.at(Milestone.TRIGGERED), impact);
        add(bands, Phase.UNDETECTED, impact, detection.or(() -> responseEnd));
        add(bands, Phase.RESPONSE, detection, responseEnd);
        if (mitigated.isPresent() && resolved.isPresent() && !resolved.get().isBefore(mitigated.get())) {
            addRecovery(bands, mitigated.get(), resolved.get(), entries);
        }
        return List.copyOf(bands);
    }

    /**
     * Mitigation to resolution, except where the impact came back in between (an impact start after the
     * mitigation): each return is shaded as impact again, up to the next mitigation or resolution the entries tell,
     * and the quiet time between two outages is left unshaded, since the service was working then.
     */
    private static void addRecovery(List<PhaseBand> bands, Instant mitigated, Instant resolved,
                                    List<TimelineEntry> entries) {
        List<Instant> returns = timesOf(entries, EntryKind.IMPACT_STARTED);
        List<Instant> calms = timesOf(entries, EntryKind.MITIGATED, EntryKind.RESOLVED);
        Instant calm = mitigated;
        boolean cameBack = false;
        Optional<Instant> back = firstBetween(returns, calm, resolved);
        while (back.isPresent()) {
            Instant over = firstBetween(calms, back.get(), resolved).orElse(resolved);
            bands.add(new PhaseBand(Phase.RECURRENCE, back.get(), over));
            cameBack = true;
            calm = over;
            back = firstBetween(returns, calm, resolved);
        }
        if (!cameBack || calm.isBefore(resolved)) {
            bands.add(new PhaseBand(Phase.RECOVERY, calm, resolved));
        }
    }

    /** When the entries of {@code kinds} happened, in order. */
    private static List<Instant> timesOf(List<TimelineEntry> entries, EntryKind... kinds) {
        List<EntryKind> wanted = List.of(kinds);
        return entries.stream().filter(entry -> wanted.contains(entry.kind())).map(TimelineEntry::at).sorted()
                .toList();
    }

    /** The earliest of the ordered {@code times} after {@code after} and before {@code before}. */
    private static Optional<Instant> firstBetween(List<Instant> times, Instant after, Instant before) {
        int low = 0;
        int high = times.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (times.get(middle).isAfter(after)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < times.size() && times.get(low).isBefore(before) ? Optional.of(times.get(low)) : Optional.empty();
    }

    /** The earliest acknowledgement, identification or first communication between the impact and {@code end}. */
    private static Optional<Instant> firstResponse(IncidentMilestones milestones, Optional<Instant> impact,
                                                   Optional<Instant> end) {
        return Stream.of(Milestone.ACKNOWLEDGED, Milestone.IDENTIFIED, Milestone.FIRST_COMMUNICATION)
                .map(milestones::at).flatMap(Optional::stream)
                .filter(at -> impact.map(start -> !at.isBefore(start)).orElse(true))
                .filter(at -> end.map(until -> !at.isAfter(until)).orElse(true))
                .min(Instant::compareTo);
    }

    private static void add(List<PhaseBand> bands, Phase phase, Optional<Instant> start, Optional<Instant> end) {
        if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
            bands.add(new PhaseBand(phase, start.get(), end.get()));
        }
    }
}
