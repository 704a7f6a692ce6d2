package dev.aftermath.app.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.model.ReviewStatus;
import dev.aftermath.store.IncidentSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentListViewModelTest {

    private static IncidentSummary summary(String title, String start, String zone) {
        return new IncidentSummary(UUID.randomUUID(), title, start == null ? null : Instant.parse(start),
                ZoneId.of(zone), null, ReviewStatus.DRAFT, Instant.EPOCH);
    }

    @Test
    void eachStartShowsInItsIncidentsOwnZoneWithTheZonesShortName() {
        assertEquals("2025-10-14 15:18 CEST",
                IncidentListViewModel.startText(summary("a", "2025-10-14T13:18:00Z", "Europe/Amsterdam")));
        assertEquals("2025-06-12 10:30 EDT",
                IncidentListViewModel.startText(summary("b", "2025-06-12T14:30:00Z", "America/New_York")));
        assertEquals("2025-02-11 11:49 UTC",
                IncidentListViewModel.startText(summary("c", "2025-02-11T11:49:00Z", "UTC")));
        assertEquals("No entries yet", IncidentListViewModel.startText(summary("d", null, "UTC")));
    }

    @Test
    void theListIsSortedByInstantNotByTheLocalTimesItShows() {
        IncidentListViewModel list = new IncidentListViewModel();
        IncidentSummary tokyo = summary("Tokyo", "2025-01-01T20:00:00Z", "Asia/Tokyo");
        IncidentSummary losAngeles = summary("Los Angeles", "2025-01-01T21:00:00Z", "America/Los_Angeles");

        list.setAll(List.of(tokyo, losAngeles));

        assertEquals(List.of("Los Angeles", "Tokyo"), list.shown().stream().map(IncidentSummary::title).toList());
        assertEquals("2025-01-01 13:00 PST", IncidentListViewModel.startText(list.shown().get(0)));
        assertEquals("2025-01-02 05:00 JST", IncidentListViewModel.startText(list.shown().get(1)));
    }
}
