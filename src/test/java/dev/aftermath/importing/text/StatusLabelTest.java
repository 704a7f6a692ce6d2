package dev.aftermath.importing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.PostStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusLabelTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(nullValues = "none", value = {"investigating, INVESTIGATING", "Identified, IDENTIFIED",
        "MONITORING, MONITORING", "resolved, RESOLVED", "postmortem, POSTMORTEM", "Post-mortem, POSTMORTEM",
        "in_progress, IDENTIFIED", "In progress, IDENTIFIED", "in-progress, IDENTIFIED", "verifying, MONITORING",
        "Completed, RESOLVED", "scheduled, none", "Update, none", "' Resolved ', RESOLVED"})
    void mapsApiWordsAndPageLabelsToPostStatus(String word, PostStatus expected) {
        assertEquals(expected, StatusLabel.parse(word).orElseThrow().postStatus());
    }

    @ParameterizedTest(name = "{0} after MONITORING is {1}")
    @CsvSource(nullValues = "none", value = {"Update, MONITORING", "Resolved, RESOLVED", "Scheduled, none",
        "In progress, IDENTIFIED"})
    void onlyAnUpdateKeepsThePreviousStatus(String word, PostStatus expected) {
        assertEquals(expected, StatusLabel.parse(word).orElseThrow().after(PostStatus.MONITORING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"degraded", "", "Resolved the issue", "operational"})
    void otherWordsAreNoStatusLabel(String word) {
        assertTrue(StatusLabel.parse(word).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Investigating", "Post-mortem", "In progress", "Update", "Completed"})
    void everyPrintedSpellingParses(String word) {
        assertTrue(word.matches("(?i)" + StatusLabel.PATTERN));
        assertTrue(StatusLabel.parse(word).isPresent());
    }
}
