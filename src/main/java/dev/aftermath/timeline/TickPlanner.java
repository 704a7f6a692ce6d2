package dev.aftermath.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses ticks for a time window: the finest step from seconds to weeks whose labels keep a minimum distance,
 * placed on round wall-clock times of the incident's zone. Steps below a day follow the clock across a DST change
 * (the repeated hour appears twice, the skipped one not at all); day steps fall on local midnights, so a DST day is
 * 23 or 25 hours wide.
 */
public final class TickPlanner {

    static final long SECOND = 1_000L;
    static final long MINUTE = 60 * SECOND;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** The steps in use, finest first; each divides the next one that is a day or less. */
    static final long[] STEPS = {SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
        MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
        HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY};

    /** Minor ticks closer than this are left out. */
    static final double MIN_MINOR_SPACING = 8;

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** Panning shows the same ticks frame after frame; formatting their times costs more than drawing them. */
    private static final Memo<Labelled, String> LABELS = new Memo<>(2048,
            labelled -> labelled.format().format(Instant.ofEpochMilli(labelled.millis()).atZone(labelled.zone())));

    private TickPlanner() {
    }

    private record Labelled(long millis, ZoneId zone, DateTimeFormatter format) {
    }

    /** The step major ticks use when they must be at least {@code minSpacing} pixels apart. */
    public static long majorStep(TimeScale scale, double minSpacing) {
        for (long step : STEPS) {
            if (step / scale.millisPerPixel() >= minSpacing) {
                return step;
            }
        }
        long weeks = (long) Math.ceil(minSpacing * scale.millisPerPixel() / (7 * DAY));
        return weeks * 7 * DAY;
    }

    public static TickPlan plan(TimeScale scale, ZoneId zone, double minSpacing) {
        long step = majorStep(scale, minSpacing);
        long from = (long) Math.floor(scale.startMillis());
        long to = (long) Math.ceil(scale.endMillis());
        List<Long> majorMillis = ticks(from, to, step, zone);
        List<Tick> major = label(majorMillis, step, zone, scale);
        long minorStep = minorStep(step, scale);
        List<Long> minor = new ArrayList<>();
        if (minorStep > 0) {
            for (long millis : ticks(from, to, minorStep, zone)) {
                if (!majorMillis.contains(millis)) {
                    minor.add(millis);
                }
            }
        }
        return new TickPlan(major, minor, step, zoneLabel(zone, from, to));
    }

    /** The tick instants within [from, to] for a step, on round wall-clock times of the zone. */
    static List<Long> ticks(long from, long to, long step, ZoneId zone) {
        List<Long> ticks = new ArrayList<>();
        if (step >= DAY) {
            long days = step / DAY;
            LocalDate date = localDate(from, zone);
            date = date.minusDays(days == 7 ? date.getDayOfWeek().getValue() - 1 : Math.floorMod(date.toEpochDay(), days));
            for (long millis = midnight(date, zone); millis <= to; date = date.plusDays(days), millis = midnight(date, zone)) {
                if (millis >= from) {
                    ticks.add(millis);
                }
            }
            return ticks;
        }
        long millis = floorLocal(from, step, zone);
        while (millis <= to) {
            if (millis >= from) {
                ticks.add(millis);
            }
            long next = floorLocal(millis + step, step, zone);
            if (next - millis < step * 2 / 3) {
                // the clock went back past a round time (12:00 after 00:00 lands on 00:00 of the later offset)
                next = floorLocal(next + step, step, zone);
            }
            millis = next > millis ? next : millis + step;
        }
        return ticks;
    }

    /** Rounds down to the step on the wall clock, using the offset in force at that instant. */
    static long floorLocal(long millis, long step, ZoneId zone) {
        long offset = offsetMillis(millis, zone);
        return Math.floorDiv(millis + offset, step) * step - offset;
    }

    private static long minorStep(long major, TimeScale scale) {
        for (long step : STEPS) {
            boolean divides = step < major && (major > DAY ? step >= DAY : major % step == 0);
            if (divides && major / step <= 6 && step / scale.millisPerPixel() >= MIN_MINOR_SPACING) {
                return step;
            }
        }
        return 0;
    }

    private static List<Tick> label(List<Long> millis, long step, ZoneId zone, TimeScale scale) {
        List<Tick> ticks = new ArrayList<>(millis.size());
        LocalDate previousDate = null;
        for (long at : millis) {
            ZonedDateTime time = Instant.ofEpochMilli(at).atZone(zone);
            LocalDate date = time.toLocalDate();
            String label;
            String dateLabel = null;
            if (step >= DAY) {
                label = LABELS.get(new Labelled(at, zone, DAY_LABEL));
            } else {
                label = LABELS.get(new Labelled(at, zone, step < MINUTE ? SECONDS : MINUTES));
                if (!date.equals(previousDate)) {
                    dateLabel = LABELS.get(new Labelled(at, zone, DATE));
                }
            }
            previousDate = date;
            ticks.add(new Tick(at, scale.x(at), label, dateLabel));
        }
        return ticks;
    }

    /** The zone's id and its UTC offset over the window, both offsets when a DST change falls inside. */
    public static String zoneLabel(ZoneId zone, long from, long to) {
        ZoneOffset start = zone.getRules().getOffset(Instant.ofEpochMilli(from));
        ZoneOffset end = zone.getRules().getOffset(Instant.ofEpochMilli(to));
        String name = zone instanceof ZoneOffset ? "" : zone.getId() + " ";
        String offsets = start.equals(end) ? utc(start) : utc(start) + " → " + utc(end);
        return name.isEmpty() ? offsets : name + "(" + offsets + ")";
    }

    private static String utc(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }

    private static long offsetMillis(long millis, ZoneId zone) {
        return zone.getRules().getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds() * 1000L;
    }

    private static LocalDate localDate(long millis, ZoneId zone) {
        return Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
    }

    private static long midnight(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
