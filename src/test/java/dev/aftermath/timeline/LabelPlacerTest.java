package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    /** Seven pixels a character: a stand-in font that makes widths easy to reason about. */
    private static final TextMeasure MONO = text -> 7.0 * text.codePointCount(0, text.length());
    private static final TextMeasure BADGE = text -> 7.0 * text.length() + 10;

    private static final LabelPlacer.Settings SETTINGS = new LabelPlacer.Settings(3, 0, 1000, 5, 9, 10, 40, 300);

    @Test
    void placesLabelsRightOfTheirMarkersWhenThereIsRoom() {
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(
                new LabelPlacer.Request(100, 100, "first"), new LabelPlacer.Request(400, 400, "second")),
                SETTINGS, MONO, BADGE);
        assertEquals(2, placed.size());
        assertEquals(109, placed.get(0).x());
        assertEquals(0, placed.get(1).row());
        assertEquals("second", placed.get(1).text());
    }

    @Test
    void stacksCloseLabelsInRowsThenClustersTheRest() {
        List<LabelPlacer.Request> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(new LabelPlacer.Request(100 + i * 3, 100 + i * 3, "label number " + i));
        }
        List<LabelPlacer.Placement> placed = LabelPlacer.place(requests, SETTINGS, MONO, BADGE);
        assertEquals(List.of(0, 1, 2), placed.stream().map(LabelPlacer.Placement::row).toList());
        assertEquals("+4", placed.get(2).badge());
        assertEquals(List.of(3, 4, 5, 6), placed.get(2).clustered());
    }

    @Test
    void aSelectedLabelThatWouldBeClusteredIsPlacedFirstAndOverlapsNothing() {
        List<LabelPlacer.Request> requests = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            requests.add(new LabelPlacer.Request(100 + i * 3, 100 + i * 3, "label number " + i));
        }

        List<LabelPlacer.Placement> placed = LabelPlacer.place(requests, SETTINGS, MONO, BADGE, 5);

        LabelPlacer.Placement selected = placed.stream().filter(p -> p.request() == 5).findFirst().orElseThrow();
        assertEquals(0, selected.row());
        assertEquals("label number 5", selected.text());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                LabelPlacer.Placement a = placed.get(i);
                LabelPlacer.Placement b = placed.get(j);
                assertTrue(a.row() != b.row() || a.end() <= b.start() || b.end() <= a.start(), a + " / " + b);
            }
        }
        assertEquals(7, placed.size() + placed.stream().mapToInt(p -> p.clustered().size()).sum());
    }

    @Test
    void labelsThatDoNotMeetTheOnePlacedFirstKeepTheirPlaces() {
        List<LabelPlacer.Request> requests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            requests.add(new LabelPlacer.Request(20 + i * 30, 20 + i * 30, "label number " + i));
        }
        LabelPlacer.Settings wide = new LabelPlacer.Settings(3, 0, 3000, 5, 9, 10, 40, 300);
        List<LabelPlacer.Placement> plain = LabelPlacer.place(requests, wide, MONO, BADGE);
        int hidden = plain.stream().flatMap(p -> p.clustered().stream()).filter(i -> i > 60).findFirst()
                .orElseThrow();

        List<LabelPlacer.Placement> revealed = LabelPlacer.place(requests, wide, MONO, BADGE, hidden);

        assertTrue(revealed.stream().anyMatch(p -> p.request() == hidden && p.row() == 0));
        double clear = requests.get(hidden).anchorX() - 400;
        assertTrue(revealed.stream().anyMatch(p -> p.end() < clear && p.row() == 0), "row 0 still used before it");
        assertEquals(plain.stream().filter(p -> p.end() < clear).toList(),
                revealed.stream().filter(p -> p.end() < clear).toList(), "far to its left nothing moves");
        for (int row = 0; row < 3; row++) {
            int r = row;
            List<LabelPlacer.Placement> inRow = revealed.stream().filter(p -> p.row() == r)
                    .sorted(Comparator.comparingDouble(LabelPlacer.Placement::start)).toList();
            for (int i = 1; i < inRow.size(); i++) {
                assertTrue(inRow.get(i).start() >= inRow.get(i - 1).end() + 10 - 1e-9,
                        inRow.get(i - 1) + " / " + inRow.get(i));
            }
        }
    }

    @Test
    void aLabelThatDoesNotFitBeforeThePreferredEdgeGoesLeftOfItsMarkerWhenThereIsRoomThere() {
        LabelPlacer.Settings soft = new LabelPlacer.Settings(1, 0, 2000, 5, 9, 10, 40, 300, 500);
        List<LabelPlacer.Placement> flipped = LabelPlacer.place(List.of(
                new LabelPlacer.Request(480, 480, "near the edge of the view")), soft, MONO, BADGE);
        assertTrue(flipped.get(0).leftOfMarker());

        List<LabelPlacer.Placement> alone = LabelPlacer.place(List.of(
                new LabelPlacer.Request(20, 20, "the only entry of the lane")), soft.withPreferredRight(30), MONO,
                BADGE);
        assertEquals("the only entry of the lane", alone.get(0).text(), "no room on the left: right, whole");
        assertFalse(alone.get(0).leftOfMarker());

        List<LabelPlacer.Placement> past = LabelPlacer.place(List.of(
                new LabelPlacer.Request(900, 900, "after the edge of the view")), soft, MONO, BADGE);
        assertFalse(past.get(0).leftOfMarker(), "past the edge labels sit right of their markers as usual");
    }

    @Test
    void shortensWithAnEllipsisNearTheRightEdgeOrPlacesTheLabelLeftOfItsMarker() {
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(
                new LabelPlacer.Request(960, 960, "a long label that cannot fit on the right")), SETTINGS, MONO, BADGE);
        LabelPlacer.Placement placement = placed.get(0);
        assertTrue(placement.x() + placement.textWidth() <= 960 - 9 + 1e-9, "left of the marker");
        assertEquals("a long label that cannot fit on the right", placement.text());

        List<LabelPlacer.Placement> cut = LabelPlacer.place(List.of(new LabelPlacer.Request(100, 100, "x".repeat(80))),
                SETTINGS, MONO, BADGE);
        assertTrue(cut.get(0).text().endsWith(LabelPlacer.ELLIPSIS));
        assertTrue(cut.get(0).textWidth() <= 300);
    }

    @Test
    void aSpanKeepsItsBarFreeOfOtherLabels() {
        List<LabelPlacer.Placement> placed = LabelPlacer.place(List.of(
                new LabelPlacer.Request(100, 600, "rollout"), new LabelPlacer.Request(300, 300, "meanwhile")),
                SETTINGS, MONO, BADGE);
        assertEquals(1, placed.get(1).row());
    }

    @Test
    void shortensTextByWholeCharactersAndKeepsSurrogatePairsWhole() {
        assertEquals("ab…", LabelPlacer.shorten("abcdef", 42, 21, MONO));
        assertEquals("", LabelPlacer.shorten("abcdef", 42, 3, MONO));
        assertEquals("a…", LabelPlacer.shorten("a\uD83D\uDED2b", 28, 20, MONO));
    }

    @RepeatedTest(200)
    void randomLabelsNeverOverlapStayInsideAndAreEachShownOrCountedOnce(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        double right = 200 + random.nextInt(1800);
        LabelPlacer.Settings settings = new LabelPlacer.Settings(1 + random.nextInt(4), 0, right, 5, 9, 10,
                20 + random.nextInt(40), 120 + random.nextInt(300), right * (random.nextBoolean() ? 1 : 0.7));
        List<LabelPlacer.Request> requests = new ArrayList<>();
        int count = random.nextInt(random.nextBoolean() ? 20 : 400);
        for (int i = 0; i < count; i++) {
            double anchor = random.nextDouble() * right;
            double end = random.nextInt(5) == 0 ? Math.min(right, anchor + random.nextDouble() * 300) : anchor;
            requests.add(new LabelPlacer.Request(anchor, end, "w".repeat(random.nextInt(60))));
        }
        List<LabelPlacer.Placement> placed = LabelPlacer.place(requests, settings, MONO, BADGE);

        TreeSet<Integer> seen = new TreeSet<>();
        for (LabelPlacer.Placement placement : placed) {
            assertTrue(seen.add(placement.request()));
            placement.clustered().forEach(hidden -> assertTrue(seen.add(hidden)));
            assertTrue(placement.start() >= settings.left() - 1e-9 && placement.end() <= settings.right() + 1e-9,
                    "inside: " + placement);
            assertTrue(placement.x() >= placement.start() - 1e-9);
            double textEnd = placement.clustered().isEmpty() ? placement.x() + placement.textWidth()
                    : placement.badgeX(settings.gap()) + placement.badgeWidth();
            assertTrue(textEnd <= placement.end() + 1e-9, "text inside its claim: " + placement);
            assertTrue(placement.textWidth() <= settings.maxWidth() + 1e-9);
        }
        assertEquals(count == 0 || !placed.isEmpty() ? count : 0, seen.size(), "every label shown or counted");
        for (int row = 0; row < settings.rows(); row++) {
            int r = row;
            List<LabelPlacer.Placement> inRow = placed.stream().filter(p -> p.row() == r).toList();
            for (int i = 1; i < inRow.size(); i++) {
                assertTrue(inRow.get(i).start() >= inRow.get(i - 1).end() + settings.gap() - 1e-9,
                        "no overlap: " + inRow.get(i - 1) + " / " + inRow.get(i));
            }
        }
        List<LabelPlacer.Request> shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled, random);
        assertEquals(placed.size(), LabelPlacer.place(shuffled, settings, MONO, BADGE).size(),
                "the order requests come in does not matter");
    }
}
