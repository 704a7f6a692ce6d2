package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture under {@code golden/} imports to the series and warnings in the JSON beside it. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class MetricsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/aftermath/importing/metrics/golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<Arguments> fixtures() {
        Importer csv = new MetricsCsvImporter();
        Importer prometheus = new PrometheusJsonImporter();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");
        return Stream.of(
                Arguments.of("grafana-joined-label-sets.csv", csv, null),
                Arguments.of("grafana-for-excel.csv", csv, berlin),
                Arguments.of("grafana-series-rows.csv", csv, null),
                Arguments.of("grafana-two-frames.csv", csv, null),
                Arguments.of("european-spreadsheet.csv", csv, berlin),
                Arguments.of("us-spreadsheet.csv", csv, newYork),
                Arguments.of("epoch-seconds.csv", csv, null),
                Arguments.of("epoch-millis-no-header.tsv", csv, null),
                Arguments.of("excel-serials.csv", csv, berlin),
                Arguments.of("units-in-header-and-cells.csv", csv, null),
                Arguments.of("prometheus-range.json", prometheus, null),
                Arguments.of("prometheus-vector.json", prometheus, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importsFixtureAsRecorded(String fixture, Importer importer, ZoneId zone) throws IOException {
        Path input = GOLDEN.resolve(fixture);
        ImportResult result = importer.read(Source.of(input), new ImportOptions(zone), Progress.NONE);
        String actual = JSON.writeValueAsString(describe(result)) + "\n";
        Path expected = GOLDEN.resolve(fixture.replaceAll("\\.[a-z]+$", "") + ".expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    private static ObjectNode describe(ImportResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("incidents", result.incidents().size());
        root.put("title", result.incidents().get(0).title());
        root.put("entries", result.incidents().get(0).entries().size());
        ArrayNode series = root.putArray("series");
        result.incidents().get(0).series().forEach(one -> series.add(describe(one)));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warning -> warnings.add(warning.toString()));
        return root;
    }

    private static ObjectNode describe(MetricSeries series) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", series.name());
        node.put("unit", series.unit());
        node.put("count", series.size());
        ArrayNode points = node.putArray("points");
        for (int i = 0; i < series.size(); i++) {
            ArrayNode point = points.addArray();
            point.add(Instant.ofEpochMilli(series.timestamps()[i]).toString());
            double value = series.values()[i];
            if (Double.isNaN(value)) {
                point.addNull();
            } else if (Double.isInfinite(value)) {
                point.add(value > 0 ? "+Inf" : "-Inf");
            } else {
                point.add(value);
            }
        }
        return node;
    }
}
