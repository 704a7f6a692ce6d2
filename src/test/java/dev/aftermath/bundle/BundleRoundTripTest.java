package dev.aftermath.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.work.Progress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleRoundTripTest {

    private final BundleWriter writer = new BundleWriter();
    private final BundleReader reader = new BundleReader();

    @Test
    void writesTheRichIncidentAsTheGoldenBundle() throws IOException {
        GoldenFile.assertMatches(RichIncident.GOLDEN, write(RichIncident.create()));
    }

    @Test
    void readsEveryFieldOfTheGoldenBundleBack() throws IOException {
        assertEquals(RichIncident.create(), read(GoldenFile.read(RichIncident.GOLDEN)));
    }

    @Test
    void readingThenWritingGivesByteIdenticalOutput() throws IOException {
        byte[] golden = GoldenFile.read(RichIncident.GOLDEN);

        assertArrayEquals(golden, write(read(golden)));
    }

    @Test
    void keepsNanGapsAndInfinitiesOfMetricPoints() throws IOException {
        Incident incident = read(write(RichIncident.create()));

        MetricSeries declines = incident.series().get(0);
        assertTrue(Double.isNaN(declines.values()[2]));
        MetricSeries queue = incident.series().get(1);
        assertEquals(Double.POSITIVE_INFINITY, queue.values()[0]);
        assertEquals(Double.NEGATIVE_INFINITY, queue.values()[2]);
    }

    @Test
    void writesGapsAsNullAndInfinitiesAsStrings() throws IOException {
        String text = new String(write(RichIncident.create()), StandardCharsets.UTF_8);

        assertTrue(text.contains("[1761439920000, null]"), text);
        assertTrue(text.contains("[1761439800000, \"Infinity\"]"), text);
        assertTrue(text.contains("[1761439920000, \"-Infinity\"]"), text);
    }

    @Test
    void writesEffectiveMilestonesAndDurationsButIgnoresThemWhenReading() throws IOException {
        String text = new String(write(RichIncident.create()), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"IMPACT_STARTED\": \"2025-10-26T00:50:00Z\""), text);
        assertTrue(text.contains("\"timeToDetect\": \"PT38M42S\""), text);

        String edited = text.replace("\"timeToDetect\": \"PT38M42S\"", "\"timeToDetect\": \"PT1S\"")
                .replace("\"DETECTED\": \"2025-10-26T01:28:42Z\"", "\"DETECTED\": \"2020-01-01T00:00:00Z\"");

        assertEquals(RichIncident.create(), read(edited.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fillsDefaultsForAMinimalBundle() throws IOException {
        String minimal = """
                {"format": "aftermath-incident", "version": 1,
                 "incident": {"id": "2f1d7c9e-0b5a-4e8f-9c3d-6a7b8e9f0a1b"}}
                """;

        Incident incident = read(minimal.getBytes(StandardCharsets.UTF_8));

        assertEquals("", incident.title());
        assertEquals(null, incident.severity());
        assertEquals(ReviewStatus.DRAFT, incident.status());
        assertEquals(Incident.UTC, incident.zone());
        assertEquals(List.of(), incident.entries());
        assertEquals(RcaDocument.EMPTY, incident.rca());
    }

    @Test
    void ignoresUnknownFieldsAtEveryLevel() throws IOException {
        String future = """
                {"format": "aftermath-incident", "version": 1, "writtenBy": {"app": "x", "deep": [[[{}]]]},
                 "incident": {"id": "2f1d7c9e-0b5a-4e8f-9c3d-6a7b8e9f0a1b", "colour": "red",
                   "entries": [{"id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "at": "2025-10-26T01:00:00Z",
                                "source": "manual", "mood": ["calm"]}],
                   "series": [{"id": "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", "points": [[0, 1]], "colour": 3}],
                   "rca": {"summary": "s", "tone": null, "actionItems": [
                     {"id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", "estimate": 3}]}}}
                """;

        Incident incident = read(future.getBytes(StandardCharsets.UTF_8));

        assertEquals(1, incident.entries().size());
        assertEquals(EntrySource.MANUAL, incident.entries().get(0).source());
        assertEquals(1, incident.series().get(0).size());
        assertEquals("s", incident.rca().summary());
        assertEquals(1, incident.rca().actionItems().size());
    }

    @Test
    void acceptsTheIncidentBeforeTheVersion() throws IOException {
        String reordered = """
                {"incident": {"id": "2f1d7c9e-0b5a-4e8f-9c3d-6a7b8e9f0a1b", "title": "late header"},
                 "version": 1, "format": "aftermath-incident"}
                """;

        assertEquals("late header", read(reordered.getBytes(StandardCharsets.UTF_8)).title());
    }

    @Test
    void readsOffsetInstantsAsUtcToTheMillisecond() throws IOException {
        String offset = """
                {"format": "aftermath-incident", "version": 1,
                 "incident": {"id": "2f1d7c9e-0b5a-4e8f-9c3d-6a7b8e9f0a1b", "entries": [
                   {"id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "at": "2025-10-26T03:00:00.1239+02:00",
                    "source": "manual"}]}}
                """;

        Incident incident = read(offset.getBytes(StandardCharsets.UTF_8));

        assertEquals("2025-10-26T01:00:00.123Z", incident.entries().get(0).at().toString());
    }

    @Test
    void streamsManyPointsThroughPrimitiveArrays() throws IOException {
        int count = 200_000;
        long[] timestamps = new long[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            timestamps[i] = 1761439800000L + i * 1000L;
            values[i] = i % 1000 == 0 ? Double.NaN : i * 0.25;
        }
        Incident incident = RichIncident.create().withSeries(
                List.of(new MetricSeries(RichIncident.id("big"), "big", "", timestamps, values)));

        Incident back = read(write(incident));

        assertEquals(incident.series(), back.series());
    }

    private byte[] write(Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(incident, out);
        return out.toByteArray();
    }

    private Incident read(byte[] bundle) {
        return reader.read(new ByteArrayInputStream(bundle), "rich.aftermath.json", bundle.length, Progress.NONE);
    }
}
