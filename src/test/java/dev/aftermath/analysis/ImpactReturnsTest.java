package dev.aftermath.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImpactReturnsTest {

    private static final Instant TEN = Instant.parse("2025-06-12T10:00:00Z");

    @Test
    void eachReturnRunsFromAnImpactStartAfterTheCalmToTheNextMitigationOrResolution() {
        Incident incident = incident(EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, EntryKind.IMPACT_STARTED,
                EntryKind.NOTE, EntryKind.RESOLVED, EntryKind.IMPACT_STARTED, EntryKind.IMPACT_STARTED,
                EntryKind.RESOLVED);

        List<ImpactReturns.Return> returns = ImpactReturns.of(IncidentMilestones.of(incident), incident.entries());

        assertThat(returns).extracting(back -> minute(back.start()) + "-" + minute(back.end()))
                .containsExactly("20-40", "50-70");
        assertThat(returns.get(0).ended()).map(TimelineEntry::kind).contains(EntryKind.RESOLVED);
        assertThat(returns.get(1).ended()).map(TimelineEntry::kind).contains(EntryKind.RESOLVED);
    }

    @Test
    void anEntryWithoutAKindIsNoStartAndNoEnd() {
        Incident incident = incident(EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, null, EntryKind.IMPACT_STARTED,
                null, EntryKind.RESOLVED);

        assertThat(ImpactReturns.of(IncidentMilestones.of(incident), incident.entries()))
                .extracting(back -> minute(back.start()) + "-" + minute(back.end())).containsExactly("30-50");
    }

    @Test
    void anImpactStartBeforeTheMitigationIsNoReturn() {
        Incident incident = incident(EntryKind.IMPACT_STARTED, EntryKind.IMPACT_STARTED, EntryKind.MITIGATED,
                EntryKind.RESOLVED);

        assertThat(ImpactReturns.of(IncidentMilestones.of(incident), incident.entries())).isEmpty();
    }

    @Test
    void withoutAMitigationOrAResolutionNothingCameBack() {
        Incident unmitigated = incident(EntryKind.IMPACT_STARTED, EntryKind.IMPACT_STARTED, EntryKind.RESOLVED);
        Incident unresolved = incident(EntryKind.IMPACT_STARTED, EntryKind.MITIGATED, EntryKind.IMPACT_STARTED);

        assertThat(ImpactReturns.of(IncidentMilestones.of(unmitigated), unmitigated.entries())).isEmpty();
        assertThat(ImpactReturns.of(IncidentMilestones.of(unresolved), unresolved.entries())).isEmpty();
    }

    /** One entry every ten minutes from 10:00, of the kinds given. */
    private static Incident incident(EntryKind... kinds) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            entries.add(new TimelineEntry(UUID.randomUUID(), TEN.plusSeconds(600L * i), null, kinds[i],
                    String.valueOf(kinds[i]), EntrySource.MANUAL, null, null, false, false));
        }
        return Incident.create("Down twice", ZoneId.of("UTC")).withEntries(entries);
    }

    private static long minute(Instant at) {
        return (at.getEpochSecond() - TEN.getEpochSecond()) / 60;
    }
}
