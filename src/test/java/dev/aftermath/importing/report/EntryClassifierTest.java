package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.model.EntryKind;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryClassifierTest {

    private static final Instant IMPACT = Instant.parse("2024-05-01T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', textBlock = """
            The first paging alarm fired                          # DETECTED
            We were alerted by a customer ticket                  # DETECTED
            The on-call engineer was paged                        # DETECTED
            The commander was alerted when errors started to rise # DETECTED
            An incident commander took over the call              # ESCALATED
            The on-call engineer acknowledged the page            # ACKNOWLEDGED
            We identified a bad cache key                         # IDENTIFIED
            The root cause was a missing index                    # IDENTIFIED
            The team had established that the primary was full    # IDENTIFIED
            The configuration change was rolled back              # ACTION
            All workers restarted                                 # ACTION
            We took action to drain the node pool                 # ACTION
            The service fully recovered                           # RESOLVED
            The incident was resolved                             # RESOLVED
            The service partially recovered                       # MITIGATED
            Error rates were recovering                           # MITIGATED
            The impact was mitigated by a cache bypass            # MITIGATED
            Our status page was updated                           # COMMUNICATION
            We posted an update for customers                     # COMMUNICATION
            Latencies started to increase on the API              # IMPACT_STARTED
            Checkout began failing for some users                 # IMPACT_STARTED
            The dashboard was unusable                            # IMPACT_STARTED
            The team met for lunch                                # NOTE
            """)
    void classifiesByTheFirstMatchingPhrase(String text, EntryKind expected) {
        EntryClassifier.PhraseRule rule = EntryClassifier.match(text);
        assertEquals(expected, EntryClassifier.kind(rule, IMPACT.plusSeconds(60), IMPACT, false));
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(delimiter = '#', textBlock = """
            The pull request was merged       # 2024-05-01T09:00:00Z # TRIGGER
            The new build was shipped         # 2024-05-01T09:59:00Z # TRIGGER
            A fixed build was deployed        # 2024-05-01T10:30:00Z # ACTION
            We ran a manual query on the shard # 2024-05-01T09:58:00Z # TRIGGER
            """)
    void aChangeIsTheTriggerOnlyBeforeTheImpact(String text, Instant at, EntryKind expected) {
        assertEquals(expected, EntryClassifier.kind(EntryClassifier.match(text), at, IMPACT, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            A repeat of the problem happened     # IMPACT_STARTED
            The fleet recovered                  # RESOLVED
            """)
    void aSpanWithNoTellingPhraseIsAnImpactWindow(String text, EntryKind expected) {
        assertEquals(expected, EntryClassifier.kind(EntryClassifier.match(text), IMPACT, IMPACT, true));
    }
}
