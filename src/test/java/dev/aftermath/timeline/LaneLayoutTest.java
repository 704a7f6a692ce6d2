package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.PostStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaneLayoutTest {

    @Test
    void groupsStatusPostsActionsNotesReportAndKeyEvents() {
        List<Lane> lanes = LaneLayout.group(TimelineFixtures.payments().entries());
        assertEquals(List.of(LaneKind.KEY_EVENTS, LaneKind.STATUS_PAGE, LaneKind.REPORT, LaneKind.ACTIONS,
                LaneKind.NOTES), lanes.stream().map(Lane::kind).toList());
        assertEquals(4, lanes.get(1).entries().size());
        assertEquals(3, lanes.get(3).entries().size());
    }

    @Test
    void findsTheFirstEntryAtOrAfterATimeAmongEntriesAtTheSameTime() {
        Lane lane = new Lane(LaneKind.NOTES, List.of(
                TimelineFixtures.entry("a", TimelineFixtures.berlin(10, 0), null, EntrySource.MANUAL, null, "a"),
                TimelineFixtures.entry("b", TimelineFixtures.berlin(10, 5), null, EntrySource.MANUAL, null, "b"),
                TimelineFixtures.entry("c", TimelineFixtures.berlin(10, 5), null, EntrySource.MANUAL, null, "c")));
        long fiveMinutesPast = TimelineFixtures.berlin(10, 5).toEpochMilli();

        assertEquals(0, lane.indexAtOrAfter(Long.MIN_VALUE / 2.0));
        assertEquals(1, lane.indexAtOrAfter(fiveMinutesPast));
        assertEquals(1, lane.indexAtOrAfter(fiveMinutesPast - 0.5));
        assertEquals(3, lane.indexAtOrAfter(fiveMinutesPast + 0.5));
        assertEquals(fiveMinutesPast, lane.millis(2));
    }

    @Test
    void aPostIsAStatusPagePostWhateverItsKindAndAnActionIsAnActionWhereverItWasWritten() {
        assertEquals(LaneKind.STATUS_PAGE, LaneKind.of(TimelineFixtures.entry("p", TimelineFixtures.berlin(1, 0),
                EntryKind.RESOLVED, EntrySource.BUNDLE, PostStatus.RESOLVED, "")));
        assertEquals(LaneKind.ACTIONS, LaneKind.of(TimelineFixtures.entry("a", TimelineFixtures.berlin(1, 0),
                EntryKind.ACTION, EntrySource.REPORT, null, "")));
        assertEquals(LaneKind.NOTES, LaneKind.of(TimelineFixtures.entry("n", TimelineFixtures.berlin(1, 0),
                null, EntrySource.REPORT, null, "")));
        assertEquals(LaneKind.REPORT, LaneKind.of(TimelineFixtures.entry("r", TimelineFixtures.berlin(1, 0),
                EntryKind.DETECTED, EntrySource.REPORT, null, "")));
        assertEquals(LaneKind.KEY_EVENTS, LaneKind.of(TimelineFixtures.entry("k", TimelineFixtures.berlin(1, 0),
                EntryKind.DETECTED, EntrySource.METRICS, null, "")));
    }

    @Test
    void givesRowsToTheLanesThatWantThemMost() {
        assertArrayEquals(new int[] {1, 1, 1}, LaneLayout.rows(new int[] {3, 1, 2}, 2));
        assertArrayEquals(new int[] {3, 1, 2}, LaneLayout.rows(new int[] {3, 1, 2}, 100));
        assertArrayEquals(new int[] {2, 1, 2}, LaneLayout.rows(new int[] {3, 1, 2}, 5));
    }
}
