package dev.aftermath.importing.pastedtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AffectedServicesTest {

    @Test
    void splitsAtCommasOutsideParentheses() {
        assertEquals(List.of("Checkout (Cards, Wallets)", "Search"),
                AffectedServices.parse("This incident affected: Checkout (Cards, Wallets), and Search.").orElseThrow());
    }

    @Test
    void keepsNestedParenthesesInOneService() {
        assertEquals(List.of("Mainnet (Node 0 (account 1, west), Node 1)", "Explorer"),
                AffectedServices.parse("This scheduled maintenance affected: Mainnet (Node 0 (account 1, west), "
                        + "Node 1) and Explorer.").orElseThrow());
    }

    @Test
    void readsOneServiceAndTwoJoinedByAnd() {
        assertEquals(List.of("Webhooks"), AffectedServices.parse("This incident affected: Webhooks.").orElseThrow());
        assertEquals(List.of("Git Operations", "API Requests"),
                AffectedServices.parse("This incident affected: Git Operations and API Requests.").orElseThrow());
    }

    @Test
    void ignoresOtherLines() {
        assertTrue(AffectedServices.parse("The incident affected checkout.").isEmpty());
    }
}
