package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private final TimeWindow hour = new TimeWindow(0, 3_600_000);

    @Test
    void zoomingKeepsTheAnchorWhereItIsOnScreen() {
        TimeWindow zoomed = hour.zoom(4, 900_000, Double.MAX_VALUE);

        assertEquals(900_000, zoomed.span());
        assertEquals(0.25, (900_000 - zoomed.start()) / zoomed.span(), 1e-12, "anchor stays a quarter in");
    }

    @Test
    void zoomStopsAtASecondAndAtTheLargestSpanAllowed() {
        assertEquals(TimeWindow.MIN_SPAN, hour.zoom(1e9, 0, Double.MAX_VALUE).span());
        assertEquals(7_200_000, hour.zoom(1e-9, 0, 7_200_000).span());
    }

    @Test
    void panningAndCentringKeepTheSpan() {
        assertEquals(new TimeWindow(60_000, 3_660_000), hour.pan(60_000));
        TimeWindow centred = hour.centredOn(10_000_000);
        assertEquals(10_000_000, centred.centre());
        assertEquals(hour.span(), centred.span());
    }

    @Test
    void aScaleMapsTheWindowOntoThePlotArea() {
        TimeScale scale = hour.scale(100, 1200);

        assertEquals(100, scale.x(0L), 1e-9);
        assertEquals(1300, scale.x(3_600_000L), 1e-9);
        assertEquals(hour, TimeWindow.of(scale));
    }

    @Test
    void movingTowardsATargetZoomsGeometricallyAndArrives() {
        TimeWindow target = new TimeWindow(7_000_000, 7_036_000);

        assertEquals(hour, hour.towards(target, 0));
        assertEquals(target.start(), hour.towards(target, 1).start(), 1e-6);
        assertEquals(target.end(), hour.towards(target, 1).end(), 1e-6);
        assertEquals(Math.sqrt(hour.span() * target.span()), hour.towards(target, 0.5).span(), 1e-6);
    }

    @Test
    void showsTellsWhetherAnInstantIsWellInside() {
        assertTrue(hour.shows(1_800_000, 0.1));
        assertFalse(hour.shows(100_000, 0.1));
        assertFalse(hour.shows(4_000_000, 0));
    }

    @Test
    void anEmptyOrBackwardWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 5));
        assertThrows(IllegalArgumentException.class, () -> new TimeWindow(5, 1));
    }
}
