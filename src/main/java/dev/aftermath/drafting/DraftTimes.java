package dev.aftermath.drafting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times in drafted sentences: in the incident's zone with its short name ("02:40 CEST"), with the date when it is
 * new to the reader, and seconds only when the incident's times have them.
 */
final class DraftTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd ", Locale.ROOT);

    private final ZoneId zone;
    private final DateTimeFormatter clock;
    private LocalDate lastDate;

    DraftTimes(ZoneId zone, boolean withSeconds) {
        this.zone = zone;
        this.clock = DateTimeFormatter.ofPattern(withSeconds ? "HH:mm:ss zzz" : "HH:mm zzz", Locale.ENGLISH);
    }

    /** With the date, always. */
    String full(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        lastDate = local.toLocalDate();
        return DATE.format(local) + clock.format(local);
    }

    /** With the date only when it differs from the date last written. */
    String next(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(lastDate) ? clock.format(local) : full(at);
    }

    /** True unless the zone is UTC, whose short name already says everything. */
    boolean needsZoneName() {
        return !zone.getId().equals("UTC");
    }
}
