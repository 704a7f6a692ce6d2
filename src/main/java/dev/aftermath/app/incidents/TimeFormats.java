package dev.aftermath.app.incidents;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How instants and durations read on screen: ISO-like, 24-hour, in the incident's zone. */
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

    /** {@code 33m 30s}, {@code 2h 05m}, {@code 1d 3h}; a negative duration gets a minus sign. */
    public static String duration(Duration duration) {
        String sign = duration.isNegative() ? "-" : "";
        Duration length = duration.abs();
        long days = length.toDays();
        long hours = length.toHoursPart();
        long minutes = length.toMinutesPart();
        long seconds = length.toSecondsPart();
        if (days > 0) {
            return sign + days + "d " + hours + "h";
        }
        if (hours > 0) {
            return sign + hours + "h " + String.format(Locale.ROOT, "%02dm", minutes);
        }
        if (minutes > 0) {
            return sign + minutes + "m " + String.format(Locale.ROOT, "%02ds", seconds);
        }
        return sign + seconds + "s";
    }

    /** {@code IMPACT_STARTED} reads as "Impact started". */
    public static String words(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
