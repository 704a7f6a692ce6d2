package dev.aftermath.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in check messages: in the incident's zone, with the zone's short name, as the user reads them elsewhere. */
final class CheckTimes {

    private final DateTimeFormatter format;

    CheckTimes(ZoneId zone) {
        format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH).withZone(zone);
    }

    /** {@code 2025-11-22 08:24:00 UTC}. */
    String instant(Instant at) {
        return format.format(at);
    }
}
