package dev.aftermath.drafting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewSection;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.testing.SampleIncidents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcaDrafterTest {

    private static void assertGolden(String name, RcaDraft draft) throws IOException {
        StringBuilder text = new StringBuilder("## Summary\n\n").append(draft.summary())
                .append("\n\n## Impact\n\n").append(draft.impact()).append("\n\n## Timeline\n\n");
        draft.narrative().forEach(line -> text.append("- ").append(line).append('\n'));
        Path expected = Path.of("src/test/resources/dev/aftermath/drafting", name + ".draft.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), text.toString(),
                () -> "draft differs from " + expected + "; rerun with -Dgolden.update=true and review the diff");
    }

    @Test
    void draftsAnOutageInUtcWithMetricPeaksAgainstTheirBaselines() throws IOException {
        assertGolden("eu-web-outage", RcaDrafter.draft(DraftFixtures.euWebOutage()));
    }

    @Test
    void draftsInTheIncidentsZoneAcrossTheEndOfSummerTimeWithPinnedMilestones() throws IOException {
        assertGolden("checkout-zurich", RcaDrafter.draft(SampleIncidents.everyField()));
    }

    @Test
    void anIncidentWithNoFactsGetsNoDraft() {
        RcaDraft draft = RcaDrafter.draft(Incident.create("Nothing known yet", ZoneId.of("UTC")));

        assertEquals(new RcaDraft("", "", List.of()), draft);
        assertEquals(List.of(), RcaDrafter.fillable(RcaDocument.EMPTY, draft));
    }

    @Test
    void aSeverityAloneMakesOneSentenceAndNothingElse() {
        RcaDraft draft = RcaDrafter.draft(Incident.create("t", ZoneId.of("UTC")).withSeverity(Severity.SEV3));

        assertEquals(new RcaDraft("This was a SEV3 incident.", "", List.of()), draft);
    }

    @Test
    void fillsOnlyEmptySectionsAndNeverOverwritesWhatAPersonWrote() {
        RcaDraft draft = RcaDrafter.draft(DraftFixtures.euWebOutage());
        RcaDocument written = RcaDocument.EMPTY.withText(ReviewSection.SUMMARY, "Our own words.")
                .withText(ReviewSection.IMPACT, "  \n");

        RcaDocument filled = RcaDrafter.fillEmpty(written, draft);

        assertEquals("Our own words.", filled.summary());
        assertEquals(draft.impact(), filled.impact());
        assertEquals(List.of(ReviewSection.IMPACT), RcaDrafter.fillable(written, draft));
        assertEquals(List.of(), RcaDrafter.fillable(filled, draft));
        assertTrue(filled.rootCause().isEmpty(), "the root cause is for people to write");
    }

    @Test
    void anImpactEntryWithAnEndGivesTheImpactItsLengthThroughTheResolutionItMarks() {
        Incident incident = Incident.create("Web app down", ZoneId.of("Europe/Paris")).withEntries(List.of(
                new TimelineEntry(SampleIncidents.id("down"), Instant.parse("2025-04-24T20:09:00Z"),
                        Instant.parse("2025-04-24T20:17:00Z"), EntryKind.IMPACT_STARTED, "Web app down in the US",
                        EntrySource.REPORT, Provenance.ofLine("report.txt", 6), null, false, false)));

        RcaDraft draft = RcaDrafter.draft(incident);

        assertEquals("Impact lasted 8 min, from 2025-04-24 22:09 CEST (from report.txt, line 6) until it was resolved"
                + " at 22:17 CEST (from report.txt, line 6).", draft.impact());
        assertEquals("The incident ran from 2025-04-24 22:09 CEST to 22:17 CEST, 8 min in all (times in"
                + " Europe/Paris; impact start from report.txt, line 6; resolution from report.txt, line 6).",
                draft.summary());
    }

    @Test
    void aSeriesThatDipsOnlyAsFarAsItUsuallyDoesIsSaidToStayInRangeAndHowLowItWent() {
        long start = Instant.parse("2025-06-12T18:00:00Z").toEpochMilli();
        double[] values = new double[48];
        long[] timestamps = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            timestamps[i] = start + i * 5 * 60_000L;
            values[i] = i < 24 ? 50 + 10 * (i % 5) : i == 30 ? 42 : 69;
        }
        MetricSeries memory = new MetricSeries(SampleIncidents.id("memory"), "memory used", "%", timestamps, values);
        Incident incident = Incident.create("Web app slow", ZoneId.of("UTC")).withSeries(List.of(memory))
                .withEntries(List.of(new TimelineEntry(SampleIncidents.id("slow"), Instant.ofEpochMilli(start)
                        .plusSeconds(2 * 3600), Instant.ofEpochMilli(start).plusSeconds(3 * 3600),
                        EntryKind.IMPACT_STARTED, "Web app slow", EntrySource.REPORT,
                        Provenance.ofLine("report.txt", 3), null, false, false)));

        String impact = RcaDrafter.draft(incident).impact();

        assertTrue(impact.contains("memory used stayed within its usual range around 70% (median before impact),"
                + " going no lower than 42%"), impact);
    }

    @Test
    void anImpactThatCameBackIsToldWithItsLengthAndTheTimesInReadingOrder() {
        Incident incident = Incident.create("Inbox down twice", ZoneId.of("America/New_York")).withEntries(List.of(
                reported("down", "2025-06-12T20:09:00Z", EntryKind.IMPACT_STARTED, "Inbox down", 19),
                reported("up", "2025-06-12T20:17:00Z", EntryKind.MITIGATED, "Inbox back after a restart", 23),
                reported("down again", "2025-06-13T11:57:00Z", EntryKind.IMPACT_STARTED, "Inbox down again", 28),
                reported("fixed", "2025-06-13T12:07:00Z", EntryKind.RESOLVED, "Inbox back for good", 30)));

        String impact = RcaDrafter.draft(incident).impact();

        assertTrue(impact.contains("Impact lasted 8 min, from 2025-06-12 16:09 EDT (from report.md, line 19) until it"
                + " was mitigated at 16:17 EDT (from report.md, line 23). The impact came back at 2025-06-13 07:57 EDT"
                + " (from report.md, line 28) and lasted 10 min, until it was resolved at 08:07 EDT (from report.md,"
                + " line 30)."), impact);
    }

    private static TimelineEntry reported(String id, String at, EntryKind kind, String text, int line) {
        return new TimelineEntry(SampleIncidents.id(id), Instant.parse(at), null, kind, text, EntrySource.REPORT,
                Provenance.ofLine("report.md", line), null, false, false);
    }
}
