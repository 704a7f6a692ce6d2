package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final TimeScale scale = new TimeScale(1_000_000, 1000, 100, 800);

    @Test
    void mapsInstantsToPixelsAndBack() {
        assertEquals(100, scale.x(1_000_000));
        assertEquals(900, scale.x(1_800_000));
        assertEquals(1_400_000, scale.millisAt(500));
        assertEquals(1_800_000, scale.endMillis());
    }

    @Test
    void zoomKeepsTheInstantUnderTheAnchorInPlace() {
        double anchorX = 345.5;
        double before = scale.millisAt(anchorX);
        TimeScale zoomed = scale.zoom(3.7, anchorX);
        assertEquals(before, zoomed.millisAt(anchorX), 1e-6);
        assertEquals(1000 / 3.7, zoomed.millisPerPixel(), 1e-9);
        assertEquals(before, zoomed.zoom(1 / 3.7, anchorX).millisAt(anchorX), 1e-6);
    }

    @Test
    void zoomStopsAtTheModelsPrecisionAndAtTenYears() {
        assertEquals(TimeScale.MIN_MILLIS_PER_PIXEL, scale.zoom(1e12, 400).millisPerPixel());
        assertEquals(TimeScale.MAX_MILLIS_PER_PIXEL, scale.zoom(1e-12, 400).millisPerPixel());
    }

    @Test
    void panMovesTheContentWithTheDrag() {
        TimeScale panned = scale.pan(50);
        assertEquals(scale.x(1_200_000) + 50, panned.x(1_200_000), 1e-9);
    }

    @Test
    void fitShowsTheWholeSpanWithPaddingOnBothSides() {
        TimeScale fit = TimeScale.fit(10_000, 110_000, 0.05, 20, 1000);
        assertEquals(20 + 1000 * 0.05 / 1.1, fit.x(10_000), 1e-9);
        assertEquals(20 + 1000 * 1.05 / 1.1, fit.x(110_000), 1e-9);
    }

    @Test
    void fitOfASingleInstantShowsAMinuteAroundIt() {
        TimeScale fit = TimeScale.fit(500_000, 500_000, 0, 0, 600);
        assertEquals(300, fit.x(500_000), 1e-9);
        assertEquals(100, fit.millisPerPixel(), 1e-9);
    }

    @Test
    void resizingKeepsTheTimeWindow() {
        TimeScale resized = scale.withArea(50, 400);
        assertEquals(scale.startMillis(), resized.millisAt(50), 1e-9);
        assertEquals(scale.endMillis(), resized.endMillis(), 1e-6);
        assertTrue(resized.isVisible(1_500_000));
    }
}
