package dev.aftermath.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewSection;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentTextTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static TimelineEntry at(String instant, String text) {
        return TimelineEntry.manual(Instant.parse(instant), EntryKind.NOTE, text);
    }

    @Test
    void aSpanShowsItsEndWithoutTheDateWhenItIsTheSameDay() {
        Incident incident = Incident.create("Queue backlog", PARIS).withEntries(List.of(
                at("2025-03-04T08:30:00Z", "Backlog builds up").withEnd(Instant.parse("2025-03-04T08:45:00Z")),
                at("2025-03-04T08:50:00Z", "Backlog drained")));

        String text = IncidentText.of(incident);

        assertTrue(text.contains("  2025-03-04 09:30:00 +01:00 – 09:45:00 +01:00  NOTE"), text);
        assertTrue(text.contains("  2025-03-04 09:50:00 +01:00                    NOTE"), text);
    }

    @Test
    void aSpanPastMidnightShowsTheEndsDate() {
        Incident incident = Incident.create("Batch overrun", PARIS).withEntries(List.of(
                at("2025-03-04T22:30:00Z", "Nightly batch runs late").withEnd(Instant.parse("2025-03-05T00:15:00Z"))));

        assertTrue(IncidentText.of(incident).contains("2025-03-04 23:30:00 +01:00 – 2025-03-05 01:15:00 +01:00"),
                IncidentText.of(incident));
    }

    @Test
    void countsOfOneAreSingular() {
        RcaDocument rca = RcaDocument.EMPTY.withText(ReviewSection.SUMMARY, "x")
                .withItems(ReviewSection.CONTRIBUTING_FACTORS, List.of("No canary"))
                .withItems(ReviewSection.LESSONS, List.of("Canary every config push"))
                .withActionItem(ActionItem.open("Add a canary stage"));
        MetricSeries onePoint = new MetricSeries(UUID.randomUUID(), "errors", "", new long[] {0}, new double[] {1},
                null);
        Incident incident = Incident.create("Config push", PARIS).withRca(rca).withSeries(List.of(onePoint));

        String text = IncidentText.of(incident);

        assertTrue(text.contains("summary 1 char, impact 0 chars, root cause 0 chars"), text);
        assertTrue(text.contains("1 contributing factor, 0 went well, 0 could be better, 0 got lucky, 1 lesson, "
                + "1 action item" + System.lineSeparator()), text);
        assertTrue(text.contains("errors: 1 point" + System.lineSeparator()), text);
    }
}
