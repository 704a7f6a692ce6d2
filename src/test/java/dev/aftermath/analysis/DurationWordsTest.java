package dev.aftermath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationWordsTest {

    @ParameterizedTest
    @CsvSource({"45, 45 s", "0, 0 s", "59, 59 s", "60, 1 min", "1980, 33 min", "1979, 33 min", "3569, 59 min",
        "3570, 1 h 00 min", "3900, 1 h 05 min", "5370, 1 h 30 min", "-300, −5 min", "86369, 23 h 59 min",
        "86370, 1 d 00 h", "93600, 1 d 02 h", "184200, 2 d 03 h"})
    void writesSecondsMinutesHoursAndDaysRoundedToTheSmallerUnit(long seconds, String expected) {
        assertEquals(expected, DurationWords.of(Duration.ofSeconds(seconds)));
    }

    @ParameterizedTest
    @CsvSource({"45, 45 s", "1980, 33 min", "3900, 1 h 05", "184200, 2 d 03", "-3900, −1 h 05"})
    void theCompactFormLeavesOutTheUnitOfTheSecondNumber(long seconds, String expected) {
        assertEquals(expected, DurationWords.compact(Duration.ofSeconds(seconds)));
    }
}
