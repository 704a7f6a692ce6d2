package dev.aftermath.importing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedYearsTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} with last change {4} is {5}")
    @CsvSource({
        "DECEMBER, 31, 23:52, +00:00, 2026-01-01T02:31:40Z, 2025-12-31T23:52:00Z",
        "JANUARY,   1, 00:30, +00:00, 2026-01-01T02:31:40Z, 2026-01-01T00:30:00Z",
        "JANUARY,   3, 00:30, +00:00, 2026-01-01T02:31:40Z, 2025-01-03T00:30:00Z",
        "JANUARY,   1, 00:30, -05:00, 2026-01-01T06:00:00Z, 2026-01-01T05:30:00Z",
        "JUNE,      5, 12:00, +02:00, 2026-01-10T08:00:00Z, 2025-06-05T10:00:00Z",
        "MAY,       4, 10:30, +00:00, 2026-05-04T10:00:00Z, 2026-05-04T10:30:00Z",
        "FEBRUARY, 29, 08:00, +00:00, 2026-03-01T00:00:00Z, 2024-02-29T08:00:00Z",
    })
    void placesTheUpdateInTheLatestYearNotAfterTheItemsLastChange(Month month, int day, LocalTime time,
                                                                  ZoneOffset offset, Instant lastChange,
                                                                  Instant expected) {
        assertEquals(expected, FeedYears.place(month, day, time, offset, lastChange).orElseThrow());
    }
}
