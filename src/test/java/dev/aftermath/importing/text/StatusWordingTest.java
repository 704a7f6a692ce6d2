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
            We have found the cause: a bad certificate.                          # IDENTIFIED
            We identified the cause and are rolling the change back.             # IDENTIFIED
            Engineers identified the issue in the login service.                 # IDENTIFIED
            On-call identified the problem within minutes.                       # IDENTIFIED
            The issue has been identified and a fix is being rolled out.         # IDENTIFIED
            The root cause is an expired certificate on the load balancer.       # IDENTIFIED
            The cause was found in a DNS record pointing at the old cluster.     # IDENTIFIED
            We are working on a fix for the failed logins.                       # IDENTIFIED
            We have not yet identified the cause of the errors.                  # INVESTIGATING
            We haven’t found what slows the pages down yet.                      # INVESTIGATING
            Engineers are still working to find the root cause.                  # INVESTIGATING
            We are looking for the root cause of the timeouts.                   # INVESTIGATING
            The cause remains unknown; more updates soon.                        # INVESTIGATING
            A fix has been implemented and error rates are falling.              # MONITORING
            We are monitoring the queue as it drains.                            # MONITORING
            The login problem has been resolved.                                 # RESOLVED
            The dashboard is fully operational again.                            # RESOLVED
            Search is operational again for every customer.                      # RESOLVED
            We will share the root cause in a follow-up.                         # POSTMORTEM
            Our root cause analysis is attached below.                           # POSTMORTEM
            """)
    void infersTheStatusFromTheWording(String body, PostStatus expected) {
        assertEquals(Optional.of(expected), StatusWording.infer(body));
    }

    @Test
    void infersNothingFromWordingWithoutAClue() {
        assertTrue(StatusWording.infer("Some customers may see stale avatars.").isEmpty());
    }
}
