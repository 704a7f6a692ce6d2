package dev.aftermath.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationWordsTest {

    @ParameterizedTest
    @CsvSource({"45, 45 s", "0, 0 s", "1980, 33 min", "3900, 1 h 05 min", "5370, 1 h 30 min", "-300, −5 min",
            "93600, 26 h 00 min"})
    void writesDurationsInMinutesAndHours(long seconds, String expected) {
        assertEquals(expected, DurationWords.of(Duration.ofSeconds(seconds)));
    }
}
