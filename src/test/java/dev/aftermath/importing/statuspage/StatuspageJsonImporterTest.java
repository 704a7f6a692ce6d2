package dev.aftermath.importing.statuspage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageJsonImporterTest {

    private final StatuspageJsonImporter importer = new StatuspageJsonImporter();

    private ImportResult read(String json) {
        return importer.read(Source.ofText("status.json", json), ImportOptions.DEFAULT, Progress.NONE);
    }

    private ImportException failure(String json) {
        return assertThrows(ImportException.class, () -> read(json));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        ImportException problem = failure("{\n  \"incidents\": [\n    {\"name\": \"Checkout down\",, }\n  ]\n}");

        assertEquals(3, problem.line());
        assertTrue(problem.column() > 20, "column " + problem.column());
        assertTrue(problem.getMessage().startsWith("status.json:3:"), problem.getMessage());
        assertTrue(problem.getMessage().contains("not valid JSON"), problem.getMessage());
    }

    @Test
    void truncatedJsonSaysTheFileEndsEarly() {
        ImportException problem = failure("{\"incidents\": [{\"name\": \"Checkout down\", \"incident_updates\": [");

        assertTrue(problem.getMessage().contains("ends in the middle"), problem.getMessage());
        assertEquals(1, problem.line());
    }

    @Test
    void truncatedBetweenListEntriesSaysTheFileEndsEarly() {
        ImportException problem = failure("{\"incidents\": [\n  {\"name\": \"Checkout down\"},\n");

        assertEquals("status.json:3:1: the JSON ends in the middle of a value; is the file cut short?",
                problem.getMessage());
    }

    @Test
    void deeplyNestedJsonIsRefusedWithTheDepthLimit() {
        ImportException problem = failure("{\"incidents\": " + "[".repeat(50_000));

        assertTrue(problem.getMessage().contains("nested more than 200 levels"), problem.getMessage());
    }

    @Test
    void deeplyNestedJsonNamesWhereTheLimitWasPassed() {
        ImportException problem = failure("{\n\"incidents\": " + "[".repeat(50_000));

        assertEquals(2, problem.line());
        assertTrue(problem.column() > 200, "column " + problem.column());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t  "})
    void emptyFileSaysItIsEmpty(String text) {
        assertTrue(failure(text).getMessage().endsWith("the file is empty"));
    }

    @Test
    void binaryGarbageIsNotValidJson() {
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte) 0xFF, (byte) 0xFE};
        Source source = Source.ofText("picture.json", new String(garbage, java.nio.charset.StandardCharsets.ISO_8859_1));

        ImportException problem = assertThrows(ImportException.class,
                () -> importer.read(source, ImportOptions.DEFAULT, Progress.NONE));
        assertTrue(problem.getMessage().contains("not valid JSON"), problem.getMessage());
    }

    @Test
    void validJsonOfAnotherShapeSaysWhatWasExpected() {
        ImportException problem = failure("{\"status\": \"success\", \"data\": {\"resultType\": \"matrix\"}}");

        assertTrue(problem.getMessage().contains("no incidents found: expected Statuspage JSON"),
                problem.getMessage());
    }

    @Test
    void componentWebhookSaysItTellsNoIncident() {
        ImportException problem = failure("{\"page\": {\"id\": \"x\"}, \"component_update\": {\"new_status\": "
                + "\"major_outage\"}, \"component\": {\"name\": \"API\"}}");

        assertTrue(problem.getMessage().contains("component status webhook"), problem.getMessage());
    }

    @Test
    void emptyIncidentListIsAnError() {
        assertTrue(failure("{\"page\": {\"time_zone\": \"Etc/UTC\"}, \"incidents\": []}").getMessage()
                .contains("no incidents found"));
    }

    @Test
    void impossibleTimestampNamesItsJsonPath() {
        ImportException problem = failure("{\"incidents\": [{\"name\": \"Checkout down\", \"incident_updates\": "
                + "[{\"id\": \"a\", \"status\": \"investigating\", \"body\": \"x\", "
                + "\"display_at\": \"2025-02-30T10:00:00Z\"}]}]}");

        assertTrue(problem.getMessage().contains("\"2025-02-30T10:00:00Z\" at $.incidents[0].incident_updates[0]"
                + ".display_at"), problem.getMessage());
    }

    @Test
    void timestampThatIsNotTextNamesItsJsonPath() {
        ImportException problem = failure("{\"name\": \"Checkout down\", \"started_at\": 1700000000, "
                + "\"incident_updates\": []}");

        assertTrue(problem.getMessage().contains("$.started_at should be an ISO-8601 timestamp"),
                problem.getMessage());
    }

    @Test
    void updateWithoutDisplayTimeFallsBackToCreatedAt() {
        ImportResult result = read("{\"name\": \"Checkout down\", \"incident_updates\": [{\"id\": \"a\", "
                + "\"status\": \"investigating\", \"body\": \"x\", \"display_at\": null, "
                + "\"created_at\": \"2025-05-01T10:00:00.5+02:00\"}]}");

        assertEquals(Instant.parse("2025-05-01T08:00:00.500Z"), result.incidents().get(0).entries().get(0).at());
    }

    @Test
    void updateWithoutAnyTimeIsSkippedWithAWarning() {
        ImportResult result = read("{\"name\": \"Checkout down\", \"incident_updates\": [{\"id\": \"a\", "
                + "\"status\": \"investigating\", \"body\": \"x\"}]}");

        assertTrue(result.incidents().get(0).entries().isEmpty());
        assertTrue(result.warnings().get(0).message().contains("$.incident_updates[0] has neither display_at"));
    }

    @Test
    void timesWithoutOffsetAreReadInThePageZoneWithAWarning() {
        ImportResult result = read("{\"page\": {\"time_zone\": \"Europe/Berlin\"}, \"incidents\": [{\"name\": "
                + "\"Checkout down\", \"incident_updates\": [{\"id\": \"a\", \"body\": \"x\", "
                + "\"display_at\": \"2025-07-01 12:00:00\"}]}]}");

        assertEquals(Instant.parse("2025-07-01T10:00:00Z"), result.incidents().get(0).entries().get(0).at());
        assertTrue(result.warnings().get(0).message().contains("carry no UTC offset"));
    }

    @Test
    void unknownPageZoneFallsBackToUtcWithAWarning() {
        ImportResult result = read("{\"page\": {\"time_zone\": \"Mars/Olympus\"}, \"incidents\": [{\"name\": "
                + "\"Checkout down\", \"incident_updates\": []}]}");

        assertEquals("UTC", result.incidents().get(0).zone().getId());
        assertTrue(result.warnings().get(0).message().contains("Mars/Olympus"));
    }

    @Test
    void impactOverrideWinsOverImpact() {
        ImportResult result = read("{\"name\": \"Checkout down\", \"impact\": \"minor\", \"impact_override\": "
                + "\"critical\", \"incident_updates\": []}");

        assertEquals(dev.aftermath.model.Severity.SEV1, result.incidents().get(0).severity());
    }

    @Test
    void bareListOfIncidentsIsRead() {
        ImportResult result = read("[{\"name\": \"One\", \"incident_updates\": []}, {\"name\": \"Two\"}]");

        assertEquals(2, result.incidents().size());
    }

    @Test
    void reimportingGivesTheSameEntryIds() {
        String json = "{\"name\": \"Checkout down\", \"incident_updates\": [{\"id\": \"u1\", \"body\": \"x\", "
                + "\"display_at\": \"2025-07-01T12:00:00Z\"}]}";

        TimelineEntry first = read(json).incidents().get(0).entries().get(0);
        TimelineEntry second = read(json).incidents().get(0).entries().get(0);

        assertEquals(first.id(), second.id());
        assertEquals(java.util.UUID.nameUUIDFromBytes("u1".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                first.id());
    }

    @Test
    void recognisesStatuspageJsonByItsKeys() throws IOException {
        assertTrue(importer.canRead(GoldenIncidents.fixture(getClass(), "incidents-new-york-dst.json")));
        assertTrue(importer.canRead(GoldenIncidents.fixture(getClass(), "webhook-incident.json")));
        assertTrue(importer.canRead(GoldenIncidents.fixture(getClass(), "single-maintenance.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\": \"success\", \"data\": {\"result\": []}}", "time,value\n1,2\n",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", ""})
    void doesNotClaimOtherFormats(String text) throws IOException {
        assertFalse(importer.canRead(Source.ofText("other", text)));
    }
}
