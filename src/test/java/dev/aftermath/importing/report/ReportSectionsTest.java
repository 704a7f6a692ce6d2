package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.RcaDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportSectionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", textBlock = """
            What went right                # WENT_WELL
            ## What went well              # WENT_WELL
            **What Went Well:**            # WENT_WELL
            What could be better           # COULD_BE_BETTER
            What went wrong?               # COULD_BE_BETTER
            What didn’t go well            # COULD_BE_BETTER
            Where we got lucky             # GOT_LUCKY
            Action items                   # ACTION_ITEMS
            Immediate actions              # ACTION_ITEMS
            Follow-ups                     # ACTION_ITEMS
            Next steps                     # ACTION_ITEMS
            3. Remediation                 # ACTION_ITEMS
            Root cause                     # ROOT_CAUSE
            Root Causes                    # ROOT_CAUSE
            Customer impact                # IMPACT
            Issue Summary                  # SUMMARY
            TL;DR                          # SUMMARY
            Contributing factors           # CONTRIBUTING_FACTORS
            Lessons learned                # LESSONS
            Timeline (UTC)                 # OTHER
            What happened?                 # OTHER
            We went right to the logs      # -
            """)
    void recognisesHeadingsByTheirUsualWording(String heading, SectionKind expected) {
        assertEquals(Optional.ofNullable(expected), SectionKind.ofHeading(heading.replaceFirst("^#+\\s*", "")));
    }

    @Test
    void readsBulletsAsPointsAndNumberedItemsAsActions() {
        RcaDocument rca = read("""
                Title of a review

                What went well
                - Paging worked
                - The rollback
                  took a minute

                Where we got lucky
                * It was a quiet day

                Follow-up actions
                1. Add an alert on queue depth
                2. Write a runbook
                """);
        assertEquals(List.of("Paging worked", "The rollback took a minute"), rca.wentWell());
        assertEquals(List.of("It was a quiet day"), rca.gotLucky());
        assertEquals(List.of("Add an alert on queue depth", "Write a runbook"), texts(rca.actionItems()));
    }

    @Test
    void aNumberedListAfterTheBulletsOfALessonsSectionIsTheActionItems() {
        RcaDocument rca = read("""
                What could be better
                • Alerts came late

                  1. Alert on host boot failures
                  2. Test the boot configuration
                """);
        assertEquals(List.of("Alerts came late"), rca.couldBeBetter());
        assertEquals(List.of("Alert on host boot failures", "Test the boot configuration"),
                texts(rca.actionItems()));
    }

    @Test
    void keepsTextSectionsAsParagraphsAndUnderlinedHeadingsCount() {
        RcaDocument rca = read("""
                Root cause
                ==========
                A retry loop doubled the load.

                It ran for an hour.

                Timeline
                --------
                Nothing for the RCA here.
                """);
        assertEquals("A retry loop doubled the load.\n\nIt ran for an hour.", rca.rootCause());
    }

    @Test
    void takesTheFirstActionTableColumnAsTheActionText() {
        RcaDocument rca = read("""
                ## Action items
                | Action item | Owner |
                |---|---|
                | Cap the retry budget | ops |
                """);
        assertEquals(List.of("Cap the retry budget"), texts(rca.actionItems()));
    }

    @Test
    void usesTheFirstLongParagraphAsTheSummaryWhenThereIsNoSummarySection() {
        RcaDocument rca = read("""
                A title

                For forty minutes the checkout service returned errors to about a third of buyers in every region we run.

                ## What went well
                - Quick rollback
                """);
        assertEquals("For forty minutes the checkout service returned errors to about a third of buyers in every "
                + "region we run.", rca.summary());
    }

    @Test
    void takesPromisesFromTheNarrativeWhenThereIsNoActionList() {
        RcaDocument rca = read("""
                Disk full on the queue host

                The disk filled at noon. We will add an alert on disk usage. We'll also rotate logs hourly!
                """);
        assertEquals(List.of("We will add an alert on disk usage.", "We'll also rotate logs hourly!"),
                texts(rca.actionItems()));
    }

    private static RcaDocument read(String text) {
        return new ReportSections("test.md", Arrays.asList(text.split("\n")), Set.of()).read();
    }

    private static List<String> texts(List<ActionItem> items) {
        return items.stream().map(ActionItem::text).toList();
    }
}
