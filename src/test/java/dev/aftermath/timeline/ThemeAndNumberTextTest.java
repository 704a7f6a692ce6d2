package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThemeAndNumberTextTest {

    @Test
    void findsThemesByTheNamesTheCommandLineTakes() {
        assertEquals(Optional.of(Theme.CONTRAST), Theme.named("Contrast"));
        assertEquals(Optional.of(Theme.LIGHT), Theme.named("light"));
        assertTrue(Theme.named("sepia").isEmpty());
        assertTrue(Theme.named(null).isEmpty());
    }

    @Test
    void theProjectorThemeHasLargerTypeAndEveryThemeAColourForEachPhaseLaneAndSeries() {
        assertTrue(Theme.CONTRAST.size(12) >= 17);
        for (Theme theme : Theme.ALL) {
            assertEquals(Phase.values().length, theme.phaseFills().size());
            assertEquals(Phase.values().length, theme.phaseTexts().size());
            assertEquals(Phase.values().length, theme.phaseFills().stream().distinct().count(),
                    "every phase tells itself apart, in the legend too");
            assertEquals(LaneKind.values().length, theme.laneColours().size());
            assertEquals(theme.seriesColour(0), theme.seriesColour(theme.seriesColours().size()));
        }
    }

    @Test
    void writesAxisValuesWithFewDigitsAndTheirUnit() {
        assertEquals("2,500 ms", NumberText.withUnit(2500, "ms"));
        assertEquals("12.5%", NumberText.withUnit(12.5, "%"));
        assertEquals("0.25", NumberText.withUnit(0.25, ""));
        assertEquals("0", NumberText.format(0));
    }

    @Test
    void writesLargeValuesInLargerUnitsOnStripsAndReadouts() {
        assertEquals("50 GB", NumberText.withUnit(50_000_000_000.0, "B"));
        assertEquals("60 GB", NumberText.withUnit(NumberText.niceCeiling(52_300_000_000.0), "B"));
        assertEquals("1.23 MB", NumberText.withUnit(1_234_567, "B"));
        assertEquals("12.5k req/s", NumberText.withUnit(12_500, "req/s"));
        assertEquals("4,210 req/s", NumberText.withUnit(4_210, "req/s"), "below ten thousand as it is");
        assertEquals("0 B", NumberText.withUnit(0, "B"));
    }

    @Test
    void roundsAxisBoundsToRoundNumbers() {
        assertEquals(3000, NumberText.niceCeiling(2900));
        assertEquals(15, NumberText.niceCeiling(12.5));
        assertEquals(1, NumberText.niceCeiling(0));
        assertEquals(-40, NumberText.niceFloor(-35));
        assertEquals(80, NumberText.niceFloor(95));
    }
}
