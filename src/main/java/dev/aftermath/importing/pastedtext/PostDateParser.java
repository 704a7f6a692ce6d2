package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.text.MonthNames;
import dev.aftermath.importing.text.ZoneAbbreviations;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date line of a status-page post in every variant copies produce: with or without "Posted", with the
 * relative "4 days ago." the page's script adds, a space before the comma, no year, a 12-hour clock, a history
 * range ("Mar 13, 06:55 - 16:02 UTC", whose start is taken) and any zone name. Quantifiers are bounded and lines
 * are capped, so a hostile line cannot make the expression backtrack for long.
 */
public final class PostDateParser {

    static final int LONGEST_DATE_LINE = 160;

    private static final String CLOCK = "(\\d{1,2}):(\\d{2})\\s{0,3}([ap]\\.?m\\.?)?";
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:posted\\s{1,5})?(?:[a-z0-9 ]{1,30}\\bago\\.?\\s{0,5})?"
                    + "(" + MonthNames.PATTERN + ")\\.?\\s{1,5}(\\d{1,2})\\s{0,5},\\s{0,5}"
                    + "(?:(\\d{4})\\s{0,5}[-–]\\s{0,5})?" + CLOCK
                    + "(?:\\s{0,5}[-–]\\s{0,5}(?:" + MonthNames.PATTERN + "\\.?\\s{1,5}\\d{1,2}\\s{0,5},\\s{0,5})?"
                    + "\\d{1,2}:\\d{2}\\s{0,3}(?:[ap]\\.?m\\.?)?)?"
                    + "\\s{1,5}([A-Za-z][A-Za-z0-9/_+:-]{0,29}(?: [Tt]ime)?)",
            Pattern.CASE_INSENSITIVE);

    private PostDateParser() {
    }

    /** The date of a line that is nothing but a post's date line; empty for any other line. */
    public static Optional<PostDate> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > LONGEST_DATE_LINE) {
            return Optional.empty();
        }
        Matcher matcher = DATE_LINE.matcher(trimmed);
        return matcher.matches() ? toDate(matcher) : Optional.empty();
    }

    private static Optional<PostDate> toDate(Matcher matcher) {
        Optional<Month> month = MonthNames.month(matcher.group(1));
        int day = Integer.parseInt(matcher.group(2));
        Integer year = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        Optional<LocalTime> time = clock(matcher.group(4), matcher.group(5), matcher.group(6));
        if (month.isEmpty() || day < 1 || day > 31 || time.isEmpty()) {
            return Optional.empty();
        }
        String zoneName = matcher.group(7);
        if (zoneName.matches("(?i)[ap]\\.?m\\.?")) {
            return Optional.empty();
        }
        ZoneId zone = ZoneAbbreviations.meaning(zoneName, null).map(ZoneAbbreviations.Meaning::zone)
                .orElse(null);
        return Optional.of(new PostDate(month.get().getValue(), day, year, time.get(), zone, zoneName));
    }

    /** A wall-clock time from hours, minutes and an optional am/pm marker; empty when out of range. */
    public static Optional<LocalTime> clock(String hours, String minutes, String meridiem) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if (minute > 59) {
            return Optional.empty();
        }
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean afternoon = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        return hour > 23 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }
}
