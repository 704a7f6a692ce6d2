package dev.aftermath.timeline;

import dev.aftermath.analysis.ImpactReturns;
import dev.aftermath.analysis.IncidentMilestones;
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
 * <li>An impact that came back after the mitigation: see {@link ImpactReturns}; it is shaded as impact again.</li>
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
            addRecovery(bands, mitigated.get(), resolved.get(), ImpactReturns.of(milestones, entries));
        }
        return List.copyOf(bands);
    }

    /**
     * Mitigation to resolution, except where the impact came back in between ({@link ImpactReturns}): each return is
     * shaded as impact again, and the quiet time between two outages is left unshaded, since the service was
     * working then.
     */
    private static void addRecovery(List<PhaseBand> bands, Instant mitigated, Instant resolved,
                                    List<ImpactReturns.Return> returns) {
        Instant calm = mitigated;
        for (ImpactReturns.Return back : returns) {
            bands.add(new PhaseBand(Phase.RECURRENCE, back.start(), back.end()));
            calm = back.end();
        }
        if (returns.isEmpty() || calm.isBefore(resolved)) {
            bands.add(new PhaseBand(Phase.RECOVERY, calm, resolved));
        }
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
