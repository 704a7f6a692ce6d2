package dev.aftermath.importing.feed;

import dev.aftermath.importing.text.MonthNames;
import dev.aftermath.importing.text.ZoneAbbreviations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of the feed itself: Atom's RFC 3339 ({@code 2026-01-01T02:30:00Z}) and RSS's RFC 822
 * ({@code Sun, 02 Nov 2025 07:15:00 -0500}, also with zone names such as {@code GMT} or {@code EST}).
 */
final class FeedDates {

    private static final Pattern RFC_822 = Pattern.compile(
            "(?:[A-Za-z]{3,9},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\s+(\\d{4}|\\d{2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*(\\S*)\\s*");

    private FeedDates() {
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeException notIso) {
            return parseRfc822(text.strip());
        }
    }

    private static Optional<Instant> parseRfc822(String text) {
        Matcher date = RFC_822.matcher(text);
        if (!date.matches()) {
            return Optional.empty();
        }
        Optional<Month> month = MonthNames.month(date.group(2));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(date.group(3));
        try {
            LocalDateTime local = LocalDateTime.of(year < 100 ? 2000 + year : year, month.get(),
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(4)), Integer.parseInt(date.group(5)),
                    date.group(6) == null ? 0 : Integer.parseInt(date.group(6)));
            String zone = date.group(7).isEmpty() ? "UTC" : date.group(7);
            return ZoneAbbreviations.resolve(zone, local, null)
                    .map(resolved -> local.toInstant(resolved.offset()));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
