package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseBandsTest {

    @Test
    void splitsTheIncidentAtItsMilestonesWithDurationsInWords() {
        List<PhaseBand> bands = bandsOf(TimelineFixtures.payments());

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
        List<PhaseBand> bands = bandsOf(incident);
        assertEquals(List.of(Phase.UNDETECTED, Phase.RESPONSE, Phase.RECOVERY),
                bands.stream().map(PhaseBand::phase).toList());
        assertEquals("undetected 2 min", bands.get(0).text());
    }

    @Test
    void leavesOutAPhaseWhoseMilestonesAreOutOfOrder() {
        Incident incident = TimelineFixtures.payments()
                .withPin(Milestone.DETECTED, TimelineFixtures.berlin(13, 0));
        List<PhaseBand> bands = bandsOf(incident);
        assertTrue(bands.stream().noneMatch(band -> band.phase() == Phase.UNDETECTED));
    }

    @Test
    void hasNoBandsWithoutMilestones() {
        assertTrue(bandsOf(TimelineFixtures.noMilestones()).isEmpty());
    }

    private static List<PhaseBand> bandsOf(Incident incident) {
        return PhaseBands.of(IncidentMilestones.of(incident), incident.entries());
    }

    private static Incident incident(EntryKind... kinds) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            entries.add(TimelineFixtures.entry("gap-" + i, TimelineFixtures.berlin(10, 10 * i), kinds[i],
                    EntrySource.MANUAL, null, kinds[i].name()));
        }
        return Incident.create("Gaps", TimelineFixtures.BERLIN).withEntries(entries);
    }

    private static String bands(Incident incident) {
        return bandsOf(incident).stream()
                .map(band -> band.phase() + " " + band.start().atZone(TimelineFixtures.BERLIN).toLocalTime() + "-"
                        + band.end().atZone(TimelineFixtures.BERLIN).toLocalTime())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    @Test
    void withoutAMitigationTheResponseRunsFromDetectionToResolutionAndThereIsNoRecovery() {
        assertEquals("BEFORE_IMPACT 10:00-10:10, UNDETECTED 10:10-10:20, RESPONSE 10:20-10:30",
                bands(incident(EntryKind.TRIGGER, EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.RESOLVED)));
    }

    @Test
    void withoutADetectionTheFirstSignOfAResponseStandsInForIt() {
        assertEquals("UNDETECTED 10:00-10:10, RESPONSE 10:10-10:30, RECOVERY 10:30-10:40",
                bands(incident(EntryKind.IMPACT_STARTED, EntryKind.ACKNOWLEDGED, EntryKind.IDENTIFIED,
                        EntryKind.MITIGATED, EntryKind.RESOLVED)));
    }

    @Test
    void withoutADetectionOrAnySignOfAResponseTheImpactIsUndetectedUntilItIsMitigated() {
        assertEquals("UNDETECTED 10:00-10:10, RECOVERY 10:10-10:20",
                bands(incident(EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, EntryKind.RESOLVED)));
        assertEquals("UNDETECTED 10:00-10:10", bands(incident(EntryKind.IMPACT_STARTED, EntryKind.RESOLVED)),
                "nor a mitigation: until the resolution");
    }

    @Test
    void aSignOfAResponseAfterTheMitigationDoesNotStandInForTheDetection() {
        assertEquals("UNDETECTED 10:00-10:10, RECOVERY 10:10-10:30",
                bands(incident(EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, EntryKind.ACKNOWLEDGED,
                        EntryKind.RESOLVED)));
    }

    @Test
    void withoutAResolutionThereIsNoRecoveryBandAndWithoutAnImpactStartNoBandClaimsItsStretch() {
        assertEquals("UNDETECTED 10:00-10:10, RESPONSE 10:10-10:20",
                bands(incident(EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.MITIGATED)));
        assertEquals("RESPONSE 10:10-10:20, RECOVERY 10:20-10:30",
                bands(incident(EntryKind.TRIGGER, EntryKind.DETECTED, EntryKind.MITIGATED, EntryKind.RESOLVED)));
    }

    @Test
    void anImpactThatCameBackAfterTheMitigationIsShadedAgainAndTheQuietTimeBetweenIsNot() {
        Incident incident = incident(EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.MITIGATED,
                EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, EntryKind.RESOLVED);

        assertEquals("UNDETECTED 10:00-10:10, RESPONSE 10:10-10:20, RECURRENCE 10:30-10:40, RECOVERY 10:40-10:50",
                bands(incident));
        assertEquals("impact again 10 min", bandsOf(incident).get(2).text());
    }

    @Test
    void anImpactThatCameBackUntilTheResolutionLeavesNoRecoveryAfterIt() {
        Incident incident = incident(EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.MITIGATED,
                EntryKind.IMPACT_STARTED, EntryKind.RESOLVED);

        assertEquals("UNDETECTED 10:00-10:10, RESPONSE 10:10-10:20, RECURRENCE 10:30-10:40", bands(incident));
    }

    @Test
    void anImpactBackHundredsOfTimesIsShadedWithAsManyRectanglesAsThePixelsAllow() {
        Incident once = incident(EntryKind.IMPACT_STARTED, EntryKind.DETECTED, EntryKind.MITIGATED,
                EntryKind.RESOLVED);
        List<TimelineEntry> entries = new ArrayList<>(once.entries());
        for (int i = 0; i < 600; i++) {
            EntryKind kind = i % 2 == 0 ? EntryKind.IMPACT_STARTED : EntryKind.MITIGATED;
            entries.add(TimelineFixtures.entry("back-" + i, TimelineFixtures.berlin(10, 20).plusSeconds(1 + i),
                    kind, EntrySource.MANUAL, null, kind.name()));
        }
        Incident flapping = once.withEntries(entries);

        assertEquals(300, bandsOf(flapping).stream().filter(band -> band.phase() == Phase.RECURRENCE).count());
        assertTrue(rectanglesPainted(flapping) <= rectanglesPainted(once) + 2,
                rectanglesPainted(flapping) + " rectangles for 300 returns a second apart");
    }

    private static int rectanglesPainted(Incident incident) {
        TextRecordingPainter painter = new TextRecordingPainter();
        TimelineRenderer.paint(PreparedTimeline.of(incident), TimelineFrame.picture(1200, 700, Theme.LIGHT), painter);
        return painter.filledRects;
    }
}
