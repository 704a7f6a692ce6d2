package dev.aftermath.importing.pastedtext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The date line under a status-page post, as written.
 *
 * @param year null when the line has none ("Jan 12, 19:26 CET"); the caller infers it
 * @param zone null when the zone name is not one we know; {@code zoneName} keeps what was written
 */
public record PostDate(int month, int day, Integer year, LocalTime time, ZoneId zone, String zoneName) {

    public ZonedDateTime at(int assumedYear, ZoneId fallbackZone) {
        int actualYear = year == null ? assumedYear : year;
        LocalDate date = LocalDate.of(actualYear, month, Math.min(day, LocalDate.of(actualYear, month, 1)
                .lengthOfMonth()));
        return ZonedDateTime.of(date, time, zone == null ? fallbackZone : zone);
    }
}
