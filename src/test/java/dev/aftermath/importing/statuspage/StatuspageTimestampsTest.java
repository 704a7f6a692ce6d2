package dev.aftermath.importing.statuspage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageTimestampsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2024-09-16T21:31:02.719Z, 2024-09-16T21:31:02.719Z",
        "2019-02-20T12:00:19.418-06:00, 2019-02-20T18:00:19.418Z",
        "2025-03-11T00:52:20-07:00, 2025-03-11T07:52:20Z",
        "2021-08-17T13:28:57.801578Z, 2021-08-17T13:28:57.801578Z",
        "2025-11-02T01:30:00-04:00, 2025-11-02T05:30:00Z",
        "2025-11-02T01:30:00-05:00, 2025-11-02T06:30:00Z",
        "2025-11-02T01:30:00+0000, 2025-11-02T01:30:00Z",
        "2025-07-01 12:00:00, 2025-07-01T10:00:00Z",
    })
    void convertsThePagesOffsetToUtc(String text, Instant expected) {
        assertEquals(expected, StatuspageTimestamps.parse(text, BERLIN).instant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T10:00:00Z", "2025-13-01T10:00:00Z", "2025-06-01T24:30:00Z", "yesterday",
        "2025-06-01T10:00:00+25:00"})
    void refusesImpossibleTimestamps(String text) {
        assertThrows(DateTimeException.class, () -> StatuspageTimestamps.parse(text, BERLIN));
    }
}
