package dev.aftermath.importing.statuspage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.PostStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatusWordTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(nullValues = "none", value = {"investigating, INVESTIGATING", "Identified, IDENTIFIED",
        "MONITORING, MONITORING", "resolved, RESOLVED", "postmortem, POSTMORTEM", "Post-mortem, POSTMORTEM",
        "in_progress, IDENTIFIED", "In progress, IDENTIFIED", "verifying, MONITORING", "Completed, RESOLVED",
        "scheduled, none"})
    void mapsApiWordsAndFeedLabelsToPostStatus(String word, PostStatus expected) {
        assertEquals(expected, StatusWord.parse(word).orElseThrow().postStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"degraded", "Update", ""})
    void otherWordsAreNoStatusWord(String word) {
        assertTrue(StatusWord.parse(word).isEmpty());
    }
}
