package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrometheusJsonImporterTest {

    private final PrometheusJsonImporter importer = new PrometheusJsonImporter();

    @Test
    void readsTheDataObjectWithoutItsEnvelope() {
        ImportResult result = read("""
                {"resultType":"matrix","result":[{"metric":{"__name__":"up"},"values":[[1700641500,"1"],[1700641515,"0"]]}]}
                """);
        MetricSeries series = result.incidents().get(0).series().get(0);
        assertEquals("up", series.name());
        assertArrayEquals(new long[] {1700641500000L, 1700641515000L}, series.timestamps());
        assertArrayEquals(new double[] {1, 0}, series.values());
    }

    @Test
    void readsSeriesWhoseResultTypeComesAfterTheResult() {
        ImportResult result = read("""
                {"data":{"result":[{"metric":{"job":"a"},"values":[[1700641500,"2"]]}],"resultType":"matrix"}}
                """);
        assertEquals("job=a", result.incidents().get(0).series().get(0).name());
    }

    @Test
    void skipsUnreadablePointsWithAWarningNamingTheLine() {
        ImportResult result = read("""
                {"data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[
                  [1700641500,"1"],
                  ["soon","2"],
                  [1700641530,"3"]]}]}}
                """);
        assertArrayEquals(new double[] {1, 3}, result.incidents().get(0).series().get(0).values());
        assertEquals(1, result.warnings().size());
        assertEquals(3, result.warnings().get(0).line());
    }

    @Test
    void reportsPrometheusErrors() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"unknown function\"}"));
        assertEquals("query.json: Prometheus answered with an error: unknown function", error.getMessage());
    }

    @Test
    void refusesScalarResultsWithAHint() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("{\"data\":{\"resultType\":\"scalar\",\"result\":[1700641500,\"1\"]}}"));
        assertTrue(error.getMessage().contains("query_range"), error.getMessage());
    }

    @Test
    void refusesTruncatedJsonNamingLineAndColumn() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("{\"data\":{\"resultType\":\"matrix\",\n\"result\":[{\"metric\":{},\"values\":[[17"));
        assertEquals(2, error.line());
        assertTrue(error.column() != null && error.column() > 1);
    }

    @Test
    void refusesNestingDeeperThanAnyResponse() {
        String deep = "{\"data\":{\"result\":[{\"metric\":{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}}]}}";
        ImportException error = assertThrows(ImportException.class, () -> read(deep));
        assertTrue(error.getMessage().startsWith("query.json:1:"), error.getMessage());
        assertTrue(error.getMessage().contains("nested deeper than 32 levels"), error.getMessage());
    }

    @Test
    void refusesAResultWithoutPoints() {
        assertThrows(ImportException.class, () -> read("{\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"));
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(value = {
        "http_request_duration_seconds_bucket, s", "node_memory_available_bytes, B", "up, ''",
        "process_cpu_seconds_total, s", "disk_used_percent, %"})
    void takesTheUnitFromTheMetricName(String metric, String unit) {
        assertEquals(unit, PrometheusJsonImporter.unitOf(metric));
    }

    @Test
    void recognisesQueryResultsButNotOtherJson() throws IOException {
        assertTrue(importer.canRead(Source.ofText("q.json", "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\"")));
        assertFalse(importer.canRead(Source.ofText("i.json", "{\"incidents\":[{\"id\":\"x\",\"name\":\"Outage\"}]}")));
        assertFalse(importer.canRead(Source.ofText("m.csv", "time,value\n1700641500,1\n")));
    }

    private ImportResult read(String json) {
        return importer.read(Source.ofText("query.json", json), ImportOptions.DEFAULT, Progress.NONE);
    }
}
