package dev.aftermath.importing.pastedtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.PostStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusLabelLineTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"Resolved, RESOLVED", "## Monitoring, MONITORING", "**Identified**, IDENTIFIED",
        "In progress, IDENTIFIED", "Verifying, MONITORING", "Completed, RESOLVED"})
    void readsLabelsWithTheMarksCopiesKeep(String line, PostStatus expected) {
        assertEquals(Optional.of(expected), StatusLabelLine.read(line).orElseThrow().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Update", "Scheduled"})
    void labelsWithoutAStatusOfTheirOwnGiveNone(String line) {
        assertTrue(StatusLabelLine.read(line).orElseThrow().status().isEmpty());
    }

    @Test
    void keepsTheTextAfterADash() {
        assertEquals("All good again.", StatusLabelLine.read("Resolved - All good again.").orElseThrow().rest());
    }

    @Test
    void aSentenceStartingWithALabelIsNoLabel() {
        assertTrue(StatusLabelLine.read("Resolved the issue quickly").isEmpty());
    }
}
