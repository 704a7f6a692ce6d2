package dev.aftermath.importing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MonthNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Jan, JANUARY", "january, JANUARY", "FEB, FEBRUARY", "May, MAY", "June, JUNE", "Sept, SEPTEMBER",
        "Sep, SEPTEMBER", "December, DECEMBER"})
    void readsNamesAndAbbreviationsInAnyCase(String name, Month expected) {
        assertEquals(expected, MonthNames.month(name).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ja", "", "Foo", "Month"})
    void otherWordsAreNoMonth(String name) {
        assertTrue(MonthNames.month(name).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"June", "Sept", "November", "mar"})
    void patternMatchesWholeSpellings(String name) {
        assertTrue(name.matches("(?i)" + MonthNames.PATTERN));
    }
}
