package dev.aftermath.app.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.work.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeInputTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2025, 11, 22);

    @ParameterizedTest
    @CsvSource({
            "2025-11-22 08:24,         2025-11-22T07:24:00Z",
            "2025-11-22T08:24:30,      2025-11-22T07:24:30Z",
            "2025-11-21 23:05:01.250,  2025-11-21T22:05:01.250Z",
            "08:24,                    2025-11-22T07:24:00Z",
            "8:24:30,                  2025-11-22T07:24:30Z",
            "'  08:24  ',              2025-11-22T07:24:00Z",
            "2025-11-22T07:24:00Z,     2025-11-22T07:24:00Z",
            "2025-11-22T09:24:00+02:00, 2025-11-22T07:24:00Z",
    })
    void readsTypedTimesInTheIncidentZone(String typed, String expected) {
        assertEquals(Instant.parse(expected), DateTimeInput.parse(typed, BERLIN, DAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "25:00", "2025-13-01 08:00", "08h24", "2025-11-22"})
    void refusesWhatIsNoTimeAndShowsAnExample(String typed) {
        UserFacingException problem = assertThrows(UserFacingException.class,
                () -> DateTimeInput.parse(typed, BERLIN, DAY));
        assertTrue(problem.getMessage().contains("2025-11-22 08:24"), problem.getMessage());
        assertTrue(problem.getMessage().contains("Europe/Berlin"), problem.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
            "2025-10-26 02:30, 2025-10-26T00:30:00Z",
            "2025-03-30 02:30, 2025-03-30T01:30:00Z",
    })
    void takesTheEarlierRepeatedTimeAndMovesSkippedTimesForwardOnDstNights(String typed, String expected) {
        assertEquals(Instant.parse(expected), DateTimeInput.parse(typed, BERLIN, DAY));
    }
}
