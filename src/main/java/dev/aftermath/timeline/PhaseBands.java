package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.Milestone;
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
 * <li>No impact start or no trigger: the bands that start or end there are left out, since nothing tells where the
 * impact began; no band claims that stretch.</li>
 * </ul>
 * A band whose milestones are known but out of order is left out rather than drawn misleadingly (the timeline
 * checks report the disorder); the fallbacks stand in only for milestones that are missing.
 */
public final class PhaseBands {

    private PhaseBands() {
    }

    public static List<PhaseBand> of(IncidentMilestones milestones) {
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
        add(bands, Phase.RECOVERY, mitigated, resolved);
        return List.copyOf(bands);
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
