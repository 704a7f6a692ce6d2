package dev.aftermath.importing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.PostStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            We are investigating slow page loads.                               # INVESTIGATING
            We are continuing to look into the problem and investigate.          # INVESTIGATING
            We have identified a full disk and are freeing space.              # IDENTIFIED
            The patch is live; we are monitoring queue depth.                    # MONITORING
            This incident has been resolved.                                     # RESOLVED
            The problem has been fixed and all systems are working as expected.  # RESOLVED
            The fix is live; this incident has been resolved, we keep monitoring. # RESOLVED
            We will publish the root cause once the review is done.              # POSTMORTEM
            """)
    void infersTheStatusFromTheWording(String body, PostStatus expected) {
        assertEquals(Optional.of(expected), StatusWording.infer(body));
    }

    @Test
    void infersNothingFromWordingWithoutAClue() {
        assertTrue(StatusWording.infer("Some customers may see stale avatars.").isEmpty());
    }
}
