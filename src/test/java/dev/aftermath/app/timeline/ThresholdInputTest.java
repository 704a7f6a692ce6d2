package dev.aftermath.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1500 | 1500", "1,500 | 1500", "1,500.5 | 1500.5", "1.5 | 1.5", "1,5 | 1.5", "1500 ms | 1500",
        "2.5% | 2.5", "-3 | -3", "  42  | 42", "12 000 | 12000"})
    void readsNumbersAsPeopleTypeThem(String typed, double expected) {
        ThresholdInput input = new ThresholdInput(null);
        input.textProperty().set(typed);

        assertEquals(expected, input.valueProperty().get());
        assertTrue(input.validProperty().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast", "1.2.3", "ms 1500", "--1"})
    void saysWhyTextIsNoNumber(String typed) {
        ThresholdInput input = new ThresholdInput(null);
        input.textProperty().set(typed);

        assertNull(input.valueProperty().get());
        assertFalse(input.validProperty().get());
        assertTrue(input.errorProperty().get().contains("is not a number"), input.errorProperty().get());
    }

    @Test
    void startsFromTheCurrentThresholdAndAnEmptyFieldRemovesIt() {
        ThresholdInput input = new ThresholdInput(1500.0);
        assertEquals("1500", input.textProperty().get());

        input.textProperty().set("");

        assertNull(input.valueProperty().get());
        assertTrue(input.validProperty().get());
    }
}
