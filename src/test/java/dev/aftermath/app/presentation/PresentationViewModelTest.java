package dev.aftermath.app.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimeWindow;
import dev.aftermath.timeline.TimelineFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentationViewModelTest {

    private final Incident payments = TimelineFixtures.payments();
    private final List<TimelineEntry> entries = payments.entries();
    private final PresentationViewModel presentation = new PresentationViewModel(PreparedTimeline.of(payments),
            null);

    private TimelineEntry shown() {
        return entries.stream().filter(entry -> entry.id().equals(presentation.currentEntryId())).findFirst()
                .orElseThrow();
    }

    @Test
    void startsAtTheFirstEntryWithItsStoryAndTheViewCentredOnIt() {
        assertEquals("1 / 17", presentation.progressText());
        assertEquals(entries.get(0), shown());
        Story story = presentation.storyProperty().get();
        assertEquals("Tue 11 Mar, 13:52:00 Europe/Berlin", story.time());
        assertEquals("12 min before the impact started", story.relative());
        assertEquals("Trigger", story.kind());
        assertEquals("Source: report · report.txt:1", story.source());
        TimeWindow target = presentation.targetProperty().get();
        assertEquals(entries.get(0).at().toEpochMilli(), target.centre(), 1);
        assertEquals(entries.get(0).at().toEpochMilli(), presentation.timeline().cursorProperty().get());
    }

    @Test
    void arrowsStepInTimeOrderAndStopAtTheEnds() {
        presentation.previous();
        assertEquals("1 / 17", presentation.progressText());
        presentation.next();
        presentation.next();
        assertEquals(entries.get(2), shown());
        assertEquals(entries.get(2).text(), presentation.storyProperty().get().text());
        presentation.last();
        presentation.next();
        assertEquals("17 / 17", presentation.progressText());
        presentation.first();
        assertEquals(entries.get(0), shown());
    }

    @Test
    void theViewShowsTheNeighboursAsContextButNeverTheWholeIncident() {
        presentation.next();
        TimeWindow target = presentation.targetProperty().get();
        long[] window = PreparedTimeline.of(payments).window().orElseThrow();

        assertTrue(target.shows(entries.get(0).at().toEpochMilli(), 0), "the previous entry is in view");
        assertTrue(target.span() <= (window[1] - window[0]) / 2.5 + 1);
        assertTrue(target.span() >= (window[1] - window[0]) / 8.0 - 1);
    }

    @Test
    void keyMomentsAreTheEntriesBehindTheMilestonesUntilSomeAreMarked() {
        presentation.toggleKeyMoments();

        assertTrue(presentation.keyMomentsOnlyProperty().get());
        assertTrue(presentation.progressText().startsWith("key moment 1 / "), presentation.progressText());
        presentation.last();
        assertEquals("Incident closed by the commander", shown().text());

        Incident marked = payments.mapEntry(entries.get(5).id(), entry -> entry.withPinned(true))
                .mapEntry(entries.get(9).id(), entry -> entry.withPinned(true));
        PresentationViewModel short_ = new PresentationViewModel(PreparedTimeline.of(marked), null);
        short_.toggleKeyMoments();
        assertEquals("key moment 1 / 2", short_.progressText());
        short_.toggleKeyMoments();
        assertFalse(short_.keyMomentsOnlyProperty().get());
    }

    @Test
    void digitsJumpToTheMilestoneWithThatNumber() {
        presentation.jumpToMilestone(Milestone.DETECTED.ordinal() + 1);
        assertEquals("Error-rate alert pages the on-call engineer", shown().text());

        presentation.jumpToMilestone(Milestone.RESOLVED.ordinal() + 1);
        assertEquals("Incident closed by the commander", shown().text());
        assertTrue(presentation.milestones().stream().allMatch(MilestoneStop::reached));

        presentation.jumpToMilestone(Milestone.IMPACT_STARTED.ordinal() + 1);
        assertEquals("Authorisation p99 passes 1.5 s", shown().text(), "pinned at 14:04: the first entry after it");
        assertFalse(presentation.milestones().stream().filter(stop -> stop.milestone() == Milestone.DETECTED)
                .findFirst().orElseThrow().reached());
    }

    @Test
    void aMilestoneTheIncidentLacksLeavesTheStepAndSaysSo() {
        Incident noTrigger = payments.withEntries(entries.subList(1, entries.size()));
        PresentationViewModel presentation = new PresentationViewModel(PreparedTimeline.of(noTrigger), null);

        presentation.jumpToMilestone(1);

        assertEquals("1 / 16", presentation.progressText());
        assertEquals("No triggered milestone in this incident", presentation.noticeProperty().get());
    }

    @Test
    void startsAtTheEntrySelectedInTheWindowAndBlanksOnRequest() {
        PresentationViewModel fromSelection = new PresentationViewModel(PreparedTimeline.of(payments),
                entries.get(6).id());
        assertEquals("7 / 17", fromSelection.progressText());

        fromSelection.toggleBlank();
        assertTrue(fromSelection.blankedProperty().get());
        fromSelection.toggleBlank();
        assertFalse(fromSelection.blankedProperty().get());
    }

    @Test
    void anIncidentWithoutEntriesHasNoStory() {
        PresentationViewModel empty = new PresentationViewModel(
                PreparedTimeline.of(Incident.create("Empty", TimelineFixtures.BERLIN)), null);

        empty.next();

        assertEquals("no entries", empty.progressText());
        assertEquals(null, empty.storyProperty().get());
    }
}
