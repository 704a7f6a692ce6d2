package dev.aftermath.app.incidents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How instants read on screen: ISO-like, 24-hour, in the incident's zone. Durations read as everywhere else:
 * {@link dev.aftermath.analysis.DurationWords}.
 */
public final class TimeFormats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private TimeFormats() {
    }

    /** {@code 2025-11-22 08:24:30}, the form {@link DateTimeInput} reads back. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public static String dateMinutes(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_MINUTES.format(instant.atZone(zone));
    }

    /** {@code IMPACT_STARTED} reads as "Impact started". */
    public static String words(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
