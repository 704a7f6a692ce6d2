package dev.aftermath.importing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkRemnantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Shops in our Paris region ( saw slow checkouts. # Shops in our Paris region saw slow checkouts.
            Tenants in the North ( and South ( zones were fine. # Tenants in the North and South zones were fine.
            The API () returned errors. # The API returned errors.
            See the runbook [ ] for details. # See the runbook for details.
            Some requests failed - details are posted on # Some requests failed.
            Our mail relay is down; updates are available at # Our mail relay is down; updates are available.
            Shops in Lyon - a third of our traffic - were slow; more is posted at # Shops in Lyon - a third of our traffic - were slow; more is posted.
            We restarted the workers (twice) at noon. # We restarted the workers (twice) at noon.
            Read the notes (https://example.org/notes) first. # Read the notes (https://example.org/notes) first.
            Logins fail for users signed in # Logins fail for users signed in
            The flag was turned back on # The flag was turned back on
            For the full list of regions, see # For the full list of regions.
            We are still looking into # We are still looking into
            Queue depth is back to normal # Queue depth is back to normal
            """)
    void tidiesWhatLostLinksLeaveBehind(String copied, String tidied) {
        assertEquals(tidied, LinkRemnants.tidy(copied));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Shops in our Paris region ( saw slow checkouts # Shops in our Paris region saw slow checkouts
            Updates are posted at # Updates are posted at
            """)
    void aCutSentenceOnlyLosesItsEmptyBrackets(String cut, String tidied) {
        assertEquals(tidied, LinkRemnants.tidyBrackets(cut));
    }

    @org.junit.jupiter.api.Test
    void eachParagraphOfAPostIsTidiedOnItsOwn() {
        String copied = "Errors are up for customers in our Frankfurt site - served from\n\n"
                + "Customers in Dublin ( and Lisbon ( are not affected.\nA fix is being prepared.";

        assertEquals("Errors are up for customers in our Frankfurt site.\n\n"
                + "Customers in Dublin and Lisbon are not affected.\nA fix is being prepared.",
                LinkRemnants.tidy(copied));
    }
}
