package dev.aftermath.timeline;

import dev.aftermath.analysis.IncidentMilestones;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The phase bands of an incident, from its effective milestones. */
public final class PhaseBands {

    private PhaseBands() {
    }

    /**
     * One band per phase whose two milestones are known and in order; a phase with a missing end or an end before
     * its start is left out rather than drawn misleadingly (the timeline checks report the disorder).
     */
    public static List<PhaseBand> of(IncidentMilestones milestones) {
        List<PhaseBand> bands = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            Optional<Instant> start = milestones.at(phase.from());
            Optional<Instant> end = milestones.at(phase.until());
            if (start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())) {
                bands.add(new PhaseBand(phase, start.get(), end.get()));
            }
        }
        return List.copyOf(bands);
    }
}
