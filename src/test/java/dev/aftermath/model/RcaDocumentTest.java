package dev.aftermath.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RcaDocumentTest {

    @ParameterizedTest
    @EnumSource(ReviewSection.class)
    void eachSectionIsWrittenAndReadBackAloneLeavingTheOthersEmpty(ReviewSection section) {
        RcaDocument written = section.isList()
                ? RcaDocument.EMPTY.withItems(section, List.of("First point", "Second point"))
                : RcaDocument.EMPTY.withText(section, "Some **Markdown**");

        for (ReviewSection other : ReviewSection.values()) {
            assertEquals(other != section, written.isEmpty(other), other.name());
        }
        if (section.isList()) {
            assertEquals(List.of("First point", "Second point"), written.items(section));
        } else {
            assertEquals("Some **Markdown**", written.text(section));
        }
    }

    @Test
    void aBlankTextCountsAsUnwrittenAndTheWrongKindOfAccessIsRefused() {
        assertTrue(RcaDocument.EMPTY.withText(ReviewSection.ROOT_CAUSE, "  \n").isEmpty(ReviewSection.ROOT_CAUSE));
        assertThrows(IllegalArgumentException.class, () -> RcaDocument.EMPTY.text(ReviewSection.LESSONS));
        assertThrows(IllegalArgumentException.class,
                () -> RcaDocument.EMPTY.withItems(ReviewSection.SUMMARY, List.of()));
    }

    @Test
    void anActionItemIsReplacedInPlaceByIdAndAppendedWhenNew() {
        ActionItem first = ActionItem.open("Canary config");
        ActionItem second = ActionItem.open("Lower the alert threshold");
        RcaDocument document = RcaDocument.EMPTY.withActionItem(first).withActionItem(second);

        RcaDocument changed = document.withActionItem(first.withOwner("Ana"));

        assertEquals(List.of(first.withOwner("Ana"), second), changed.actionItems());
        assertEquals(List.of(second), changed.withoutActionItem(first.id()).actionItems());
    }

    @Test
    void anOpenItemPastItsDueDateIsOverdueAndADoneOneIsNot() {
        LocalDate today = LocalDate.of(2025, 3, 20);
        ActionItem item = ActionItem.open("Alert sooner").withDue(LocalDate.of(2025, 3, 19));

        assertTrue(item.isOverdue(today));
        assertFalse(item.withDue(today).isOverdue(today));
        assertFalse(item.withStatus(ActionStatus.DONE).isOverdue(today));
        assertFalse(item.withOwner(" ").hasOwner());
    }
}
