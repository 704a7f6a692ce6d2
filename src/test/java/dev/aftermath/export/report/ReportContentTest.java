package dev.aftermath.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContentTest {

    @Test
    void showsTimelineTimesInTheIncidentZoneWithItsNameAcrossTheSwitchToSummerTime() {
        List<TimelineRow> rows = ReportContent.of(ReportFixtures.rich()).timeline();
        assertEquals("2025-03-30 01:42:00 CET", rows.get(0).time());
        assertEquals("2025-03-30 01:47:00 CET – 03:52:00 CEST", rows.get(1).time());
        assertEquals("≈ 2025-03-30 03:38:00 CEST", rows.get(6).time());
    }

    @Test
    void namesFixedOffsetZonesByTheirOffsetAndLeavesOutSecondsWhenNoneAreSet() {
        Incident incident = Incident.create("Offsets", ZoneOffset.ofHoursMinutes(5, 30)).withEntries(List.of(
                TimelineEntry.manual(Instant.parse("2025-06-01T10:00:00Z"), EntryKind.NOTE, "one")));
        assertEquals("2025-06-01 15:30 UTC+05:30", ReportContent.of(incident).timeline().get(0).time());
        assertEquals("2025-06-01 10:00 UTC", ReportContent.of(incident.withZone(ZoneOffset.UTC)).timeline().get(0)
                .time());
    }

    @Test
    void listsTheSectionsInReviewOrder() {
        assertEquals(List.of("Summary", "Impact", "Timeline", "Root cause", "Contributing factors", "What went well",
                        "What could be better", "Where we got lucky", "Lessons", "Action items"),
                ReportContent.of(ReportFixtures.rich()).sections().stream().map(ReportSection::heading).toList());
    }

    @Test
    void treatsBlankTextAndBlankListItemsAsUnwritten() {
        Incident incident = Incident.create("Blank", ZoneId.of("UTC")).withRca(new RcaDocument("  \n", "", "",
                List.of(" "), List.of(), List.of(), List.of(), List.of(), List.of()));
        List<ReportSection> sections = ReportContent.of(incident).sections();
        assertTrue(sections.get(0).isUnwritten());
        assertTrue(sections.get(4).isUnwritten());
        assertFalse(sections.get(2).isUnwritten());
    }

    @Test
    void marksUnsetActionValuesAsMissing() {
        Incident incident = Incident.create("Actions", ZoneOffset.UTC).withRca(new RcaDocument("", "", "", List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(ActionItem.open("Add a canary"))));
        assertEquals(new ActionRow("Add a canary", ReportContent.MISSING, ReportContent.MISSING,
                ReportContent.MISSING, ReportContent.MISSING, "Open", ""), ReportContent.of(incident).actions().get(0));
    }

    @Test
    void describesTheWindowAndKeyDurationsFromTheMilestones() {
        ReportContent content = ReportContent.of(ReportFixtures.rich());
        assertEquals(new MetadataRow("Window", "2025-03-30 01:42:00 CET – 04:25:00 CEST (Europe/Berlin)"),
                content.metadata().get(2));
        assertEquals(new DurationRow("Time to mitigate", "1 h 05 min", "Mitigated, 2025-03-30 03:52:00 CEST"),
                content.durations().get(3));
    }
}
