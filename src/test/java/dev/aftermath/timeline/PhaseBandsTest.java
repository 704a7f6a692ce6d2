package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseBandsTest {

    @Test
    void splitsTheIncidentAtItsMilestonesWithDurationsInWords() {
        List<PhaseBand> bands = PhaseBands.of(IncidentMilestones.of(TimelineFixtures.payments()));

        assertEquals(List.of(Phase.BEFORE_IMPACT, Phase.UNDETECTED, Phase.RESPONSE, Phase.RECOVERY),
                bands.stream().map(PhaseBand::phase).toList());
        assertEquals(List.of("before impact 12 min", "undetected 33 min", "response 49 min", "recovery 24 min"),
                bands.stream().map(PhaseBand::text).toList());
        assertEquals(TimelineFixtures.berlin(14, 4), bands.get(1).start(), "the pinned impact start wins");
        assertEquals(bands.get(0).end(), bands.get(1).start());
    }

    @Test
    void leavesOutAPhaseWhoseEndIsUnknown() {
        Incident incident = TimelineFixtures.tenMinutes();
        List<PhaseBand> bands = PhaseBands.of(IncidentMilestones.of(incident));
        assertEquals(List.of(Phase.UNDETECTED, Phase.RESPONSE, Phase.RECOVERY),
                bands.stream().map(PhaseBand::phase).toList());
        assertEquals("undetected 2 min", bands.get(0).text());
    }

    @Test
    void leavesOutAPhaseWhoseMilestonesAreOutOfOrder() {
        Incident incident = TimelineFixtures.payments()
                .withPin(Milestone.DETECTED, TimelineFixtures.berlin(13, 0));
        List<PhaseBand> bands = PhaseBands.of(IncidentMilestones.of(incident));
        assertTrue(bands.stream().noneMatch(band -> band.phase() == Phase.UNDETECTED));
    }

    @Test
    void hasNoBandsWithoutMilestones() {
        assertTrue(PhaseBands.of(IncidentMilestones.of(TimelineFixtures.noMilestones())).isEmpty());
    }
}
