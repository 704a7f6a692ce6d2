package dev.aftermath.app.incidents;

import dev.aftermath.work.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time as people type it during an incident review: {@code 2025-11-22 08:24}, {@code 2025-11-22T08:24:30},
 * or only {@code 08:24} / {@code 08:24:30} on a known day. Local times are in the incident's zone; a full instant
 * with {@code Z} or an offset is taken as is. On a DST change the earlier of two repeated times is taken and a time
 * skipped by the clock moves forward, as {@link java.time.ZonedDateTime#of} does.
 */
public final class DateTimeInput {

    private static final Pattern DATE_AND_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)");
    private static final Pattern TIME_ONLY = Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?");

    private DateTimeInput() {
    }

    /**
     * @param day the date a bare time refers to
     * @throws UserFacingException with a message saying what to type
     */
    public static Instant parse(String text, ZoneId zone, LocalDate day) {
        String input = text == null ? "" : text.strip();
        if (input.isEmpty()) {
            throw problem("Enter a time", zone);
        }
        try {
            Matcher full = DATE_AND_TIME.matcher(input);
            if (full.matches()) {
                LocalDateTime local = LocalDate.parse(full.group(1)).atTime(time(full.group(2)));
                return local.atZone(zone).toInstant();
            }
            if (TIME_ONLY.matcher(input).matches()) {
                return day.atTime(time(input)).atZone(zone).toInstant();
            }
            if (input.endsWith("Z") || input.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(input, Instant::from);
            }
        } catch (java.time.DateTimeException invalid) {
            throw problem("'" + input + "' is not a valid date or time", zone);
        }
        throw problem("'" + input + "' is not a time Aftermath understands", zone);
    }

    private static LocalTime time(String text) {
        String padded = text.indexOf(':') == 1 ? "0" + text : text;
        return LocalTime.parse(padded);
    }

    private static UserFacingException problem(String what, ZoneId zone) {
        return new UserFacingException(what + ". Type for example 2025-11-22 08:24, or 08:24:30 for the same day ("
                + zone.getId() + " time).");
    }

    /** The date an entry's bare time is most likely meant for: that of {@code reference} in the zone. */
    public static LocalDate dayOf(Instant reference, ZoneId zone) {
        return reference.atZone(zone).toLocalDate();
    }
}
