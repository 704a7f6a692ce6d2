package dev.aftermath.importing.feed;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Puts a year on the dates of feed updates, which Statuspage prints without one ({@code Dec 31, 23:52 UTC}).
 *
 * <p>The rule: an update cannot have been posted after the item last changed, so it takes the latest year that
 * puts it at or before the item's last change (published, updated or pubDate). A day of grace covers clocks and
 * zones that disagree a little. An item last changed on 1 January therefore places a "Dec 31" update in the year
 * before, and a "Jan 1" update in the same year. A 29 February looks back as far as the last leap year.
 */
final class FeedYears {

    static final Duration GRACE = Duration.ofDays(1);
    private static final int YEARS_LOOKED_BACK = 8;

    private FeedYears() {
    }

    static Optional<Instant> place(Month month, int day, LocalTime time, ZoneOffset offset, Instant lastChange) {
        Instant latestAllowed = lastChange.plus(GRACE);
        int newestYear = lastChange.atOffset(offset).getYear() + 1;
        for (int year = newestYear; year >= newestYear - YEARS_LOOKED_BACK; year--) {
            Optional<Instant> candidate = at(year, month, day, time, offset);
            if (candidate.isPresent() && !candidate.get().isAfter(latestAllowed)) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    static Optional<Instant> at(int year, Month month, int day, LocalTime time, ZoneOffset offset) {
        try {
            return Optional.of(LocalDateTime.of(year, month, day, time.getHour(), time.getMinute(), time.getSecond())
                    .toInstant(offset));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }
}
