package dev.aftermath.analysis;

import static dev.aftermath.testing.SampleIncidents.entry;
import static dev.aftermath.testing.SampleIncidents.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.ReviewFinding.AtActionItem;
import dev.aftermath.analysis.ReviewFinding.AtEntry;
import dev.aftermath.analysis.ReviewFinding.AtMilestone;
import dev.aftermath.analysis.ReviewFinding.AtSection;
import dev.aftermath.analysis.ReviewFinding.Check;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.ReviewSection;
import dev.aftermath.testing.PlantedProblems;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReviewChecksTest {

    private static List<ReviewFinding> planted() {
        return ReviewChecks.check(PlantedProblems.incident(), PlantedProblems.TODAY);
    }

    private static ReviewFinding only(Check check) {
        List<ReviewFinding> found = planted().stream().filter(finding -> finding.check() == check).toList();
        assertEquals(1, found.size(), () -> check + " found " + found);
        return found.get(0);
    }

    @Test
    void findsEveryPlantedProblemButAMissingImpactStart() {
        Set<Check> found = planted().stream().map(ReviewFinding::check).collect(Collectors.toSet());

        Set<Check> expected = EnumSet.allOf(Check.class);
        expected.remove(Check.NO_IMPACT_START);
        assertEquals(expected, found);
    }

    @Test
    void findsAMissingImpactStartAndPointsAtTheMilestone() {
        Incident incident = Incident.create("t", ZoneId.of("UTC")).withEntries(List.of(
                entry("d", "2025-01-01T09:10:00Z", EntryKind.DETECTED, "Paged")));

        List<ReviewFinding> findings = ReviewChecks.check(incident, PlantedProblems.TODAY);

        assertEquals(new AtMilestone(Milestone.IMPACT_STARTED), findings.get(0).where());
        assertEquals(Check.NO_IMPACT_START, findings.get(0).check());
    }

    @Test
    void eachFindingPointsAtWhereTheProblemIs() {
        assertEquals(new AtEntry(id("identified-early")), only(Check.MILESTONES_OUT_OF_ORDER).where());
        assertEquals(new AtMilestone(Milestone.DETECTED), only(Check.NO_DETECTION).where());
        assertEquals(new AtEntry(id("no-kind")), only(Check.ENTRY_WITHOUT_KIND).where());
        assertEquals(new AtEntry(id("typo")), only(Check.DOUBTFUL_TIME).where());
        assertEquals(new AtEntry(id("resolved-post")), only(Check.RESOLVED_WHILE_METRIC_DEPARTED).where());
        assertEquals(new AtEntry(id("impact-again")), only(Check.RESOLVED_BEFORE_IMPACT).where());
        assertEquals(new AtEntry(id("year-off")), only(Check.ENTRY_FAR_OUTSIDE).where());
        assertEquals(new AtSection(ReviewSection.ROOT_CAUSE), only(Check.EMPTY_ROOT_CAUSE).where());
        assertEquals(new AtActionItem(id("unowned")), only(Check.ACTION_WITHOUT_OWNER_OR_DUE_DATE).where());
        assertEquals(new AtActionItem(id("overdue")), only(Check.ACTION_OVERDUE).where());
    }

    @Test
    void saysWhatIsWrongWithTimesInTheIncidentsZoneAndFigures() {
        assertEquals("Identified (2025-03-04 08:50:00 UTC) comes before impact started (2025-03-04 09:00:00 UTC).",
                only(Check.MILESTONES_OUT_OF_ORDER).message());
        assertEquals("Time may be a typo (notes.md:9): the time 09:05 is earlier than the time before it on "
                + "2025-03-04. Edit the entry to correct or confirm it.", only(Check.DOUBTFUL_TIME).message());
        assertEquals("The status page said resolved at 2025-03-04 10:00:00 UTC, but 'order error rate' was still at"
                + " 6.2%, less than halfway back from its peak of 9% to its usual 1.05% (median before impact;"
                + " limit 1.27%).", only(Check.RESOLVED_WHILE_METRIC_DEPARTED).message());
        assertEquals("Action item 'Alert on order error ratio' was due on 2025-03-14 and is still in progress.",
                only(Check.ACTION_OVERDUE).message());
        assertEquals("Action item 'Add an index check to the migration review' has no owner and no due date.",
                only(Check.ACTION_WITHOUT_OWNER_OR_DUE_DATE).message());
    }

    @Test
    void everyTimelineCheckHasAReviewCheck() {
        for (TimelineWarning.Check check : TimelineWarning.Check.values()) {
            assertEquals(check.name(), Check.of(check).name());
        }
    }

    @Test
    void aWrittenReviewWithOwnedDatedActionsHasNoDocumentFindings() {
        Incident incident = dev.aftermath.testing.SampleIncidents.everyField();
        incident = incident.withRca(incident.rca().withActionItems(incident.rca().actionItems().subList(0, 1)));

        List<ReviewFinding> findings = ReviewChecks.check(incident, java.time.LocalDate.of(2025, 11, 1));

        assertTrue(findings.stream().noneMatch(finding -> finding.where() instanceof AtActionItem
                || finding.where() instanceof AtSection), findings::toString);
    }
}
