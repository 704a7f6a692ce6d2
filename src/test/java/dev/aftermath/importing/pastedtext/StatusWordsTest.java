package dev.aftermath.importing.pastedtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.PostStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            We are investigating slow page loads.                               # INVESTIGATING
            We are continuing to look into the problem and investigate.          # INVESTIGATING
            We have identified a full disk and are freeing space.              # IDENTIFIED
            The patch is live; we are monitoring queue depth.                    # MONITORING
            This incident has been resolved.                                     # RESOLVED
            The problem has been fixed and all systems are working as expected.  # RESOLVED
            The fix is live; this incident has been resolved, we keep monitoring. # RESOLVED
            """)
    void infersTheStatusFromTheWording(String body, PostStatus expected) {
        assertEquals(Optional.of(expected), StatusWords.infer(body));
    }

    @Test
    void infersNothingFromWordingWithoutAClue() {
        assertTrue(StatusWords.infer("Some customers may see stale avatars.").isEmpty());
    }

    @Test
    void readsLabelsOnTheirOwnLineAndBeforeADash() {
        assertEquals(Optional.of(PostStatus.RESOLVED), StatusWords.label("Resolved").orElseThrow().status());
        assertEquals(Optional.of(PostStatus.MONITORING), StatusWords.label("## Monitoring").orElseThrow().status());
        StatusWords.Label dashed = StatusWords.label("Resolved - All good again.").orElseThrow();
        assertEquals("All good again.", dashed.rest());
        assertTrue(StatusWords.label("Update").orElseThrow().status().isEmpty());
        assertTrue(StatusWords.label("Resolved the issue quickly").isEmpty());
    }
}
