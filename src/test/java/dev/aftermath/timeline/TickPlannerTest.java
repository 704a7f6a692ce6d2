package dev.aftermath.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TickPlannerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final double SPACING = 80;

    static Stream<Arguments> everyStepInTwoZones() {
        return LongStream.of(TickPlanner.STEPS).boxed()
                .flatMap(step -> Stream.of(Arguments.of(step, BERLIN), Arguments.of(step, KATHMANDU)));
    }

    /** A scale on which {@code step} is the finest step keeping 80 px between labels. */
    private static TimeScale scaleFor(long step, long startMillis) {
        return new TimeScale(startMillis, step / (SPACING * 1.3), 0, 1600);
    }

    @ParameterizedTest(name = "{0} ms in {1}")
    @MethodSource("everyStepInTwoZones")
    void everyZoomLevelPutsTicksOnRoundLocalTimesAtLeastTheSpacingApart(long step, ZoneId zone) {
        TimeScale scale = scaleFor(step, Instant.parse("2025-03-11T09:17:23.456Z").toEpochMilli());
        TickPlan plan = TickPlanner.plan(scale, zone, SPACING);

        assertEquals(step, plan.stepMillis());
        assertFalse(plan.major().isEmpty());
        for (int i = 0; i < plan.major().size(); i++) {
            Tick tick = plan.major().get(i);
            assertTrue(scale.isVisible(tick.millis()));
            assertEquals(scale.x(tick.millis()), tick.x(), 1e-9);
            ZonedDateTime local = Instant.ofEpochMilli(tick.millis()).atZone(zone);
            long localMillisOfDay = local.toLocalTime().toNanoOfDay() / 1_000_000;
            if (step <= TickPlanner.DAY) {
                assertEquals(0, localMillisOfDay % Math.min(step, TickPlanner.DAY), "round: " + local);
            }
            if (i > 0) {
                assertTrue(tick.x() - plan.major().get(i - 1).x() >= SPACING - 1e-9);
            }
        }
        plan.minorMillis().forEach(minor -> assertFalse(plan.major().stream().anyMatch(t -> t.millis() == minor)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1_000, 60_000, 3_600_000})
    void labelsShowSecondsOnlyWhenTicksAreSeconds(long step) {
        TickPlan plan = TickPlanner.plan(scaleFor(step, Instant.parse("2025-03-11T09:00:00Z").toEpochMilli()),
                BERLIN, SPACING);
        String label = plan.major().get(0).label();
        assertEquals(step < 60_000 ? 8 : 5, label.length(), label);
    }

    @Test
    void theFirstTickAndEachNewDayCarryTheDate() {
        TimeScale scale = new TimeScale(Instant.parse("2025-03-11T18:00:00Z").toEpochMilli(), 3_600_000 / 40.0, 0,
                1600);
        TickPlan plan = TickPlanner.plan(scale, BERLIN, SPACING);
        assertEquals(2 * TickPlanner.HOUR, plan.stepMillis());
        List<Tick> dated = plan.major().stream().filter(tick -> tick.dateLabel() != null).toList();
        assertEquals(List.of("Tue 11 Mar 2025", "Wed 12 Mar 2025", "Thu 13 Mar 2025"), dated.stream().map(Tick::dateLabel).toList());
        assertEquals("00:00", dated.get(1).label());
        assertNull(plan.major().get(1).dateLabel());
    }

    @Test
    void daySteps_labelTheDateAndFallOnLocalMidnights() {
        TimeScale scale = new TimeScale(Instant.parse("2025-10-20T10:00:00Z").toEpochMilli(), TickPlanner.DAY / 100.0,
                0, 1600);
        TickPlan plan = TickPlanner.plan(scale, BERLIN, SPACING);
        assertEquals(TickPlanner.DAY, plan.stepMillis());
        assertEquals("Tue 21 Oct", plan.major().get(0).label());
        plan.major().forEach(tick -> assertEquals(0,
                Instant.ofEpochMilli(tick.millis()).atZone(BERLIN).toLocalTime().toSecondOfDay()));
        Tick sunday = plan.major().stream().filter(t -> t.label().equals("Sun 26 Oct")).findFirst().orElseThrow();
        Tick monday = plan.major().get(plan.major().indexOf(sunday) + 1);
        assertEquals(25 * TickPlanner.HOUR, monday.millis() - sunday.millis(), "the autumn DST day has 25 hours");
    }

    @Test
    void springForwardSkipsTheMissingHour() {
        TickPlan plan = hourlyTicks("2025-03-30T00:00:00+01:00");
        List<String> labels = plan.major().stream().map(Tick::label).toList();
        assertEquals(List.of("00:00", "01:00", "03:00", "04:00", "05:00"), labels.subList(0, 5));
        assertEquals(TickPlanner.HOUR, plan.major().get(2).millis() - plan.major().get(1).millis());
        assertEquals("Europe/Berlin (UTC+01:00 → UTC+02:00)", plan.zoneLabel());
    }

    @Test
    void fallBackShowsTheRepeatedHourTwice() {
        TickPlan plan = hourlyTicks("2025-10-26T00:00:00+02:00");
        List<String> labels = plan.major().stream().map(Tick::label).toList();
        assertEquals(List.of("00:00", "01:00", "02:00", "02:00", "03:00"), labels.subList(0, 5));
        assertEquals(TickPlanner.HOUR, plan.major().get(3).millis() - plan.major().get(2).millis());
        assertEquals("Europe/Berlin (UTC+02:00 → UTC+01:00)", plan.zoneLabel());
    }

    @Test
    void threeHourStepsFollowTheWallClockAcrossTheChange() {
        TimeScale scale = new TimeScale(ZonedDateTime.parse("2025-03-29T22:00:00+01:00").toInstant().toEpochMilli(),
                3 * TickPlanner.HOUR / 100.0, 0, 1600);
        TickPlan plan = TickPlanner.plan(scale, BERLIN, SPACING);
        List<String> labels = plan.major().stream().map(Tick::label).toList();
        assertEquals(List.of("00:00", "03:00", "06:00"), labels.subList(0, 3));
        assertEquals(2 * TickPlanner.HOUR, plan.major().get(1).millis() - plan.major().get(0).millis());
    }

    @Test
    void namesAFixedOffsetZoneByItsOffset() {
        assertEquals("UTC", TickPlanner.zoneLabel(java.time.ZoneOffset.UTC, 0, 1));
        long now = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        assertEquals("Asia/Kathmandu (UTC+05:45)", TickPlanner.zoneLabel(KATHMANDU, now, now + 1));
    }

    @Test
    void veryWideWindowsUseWholeWeeks() {
        TimeScale scale = new TimeScale(0, 60 * TickPlanner.DAY / 100.0, 0, 1600);
        long step = TickPlanner.majorStep(scale, SPACING);
        assertEquals(0, step % (7 * TickPlanner.DAY));
        assertNotNull(TickPlanner.plan(scale, BERLIN, SPACING));
    }

    private static TickPlan hourlyTicks(String start) {
        TimeScale scale = new TimeScale(ZonedDateTime.parse(start).toInstant().toEpochMilli(),
                TickPlanner.HOUR / 100.0, 0, 1600);
        TickPlan plan = TickPlanner.plan(scale, BERLIN, SPACING);
        assertEquals(TickPlanner.HOUR, plan.stepMillis());
        return plan;
    }
}
