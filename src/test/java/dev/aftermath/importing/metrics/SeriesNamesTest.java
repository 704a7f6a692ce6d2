package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeriesNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {instance="a", job="api"}                      | instance=a, job=api           |
            http_requests{code="500"}                      | http_requests (code=500)      |
            {__name__="up", job="api"}                     | up (job=api)                  |
            {pod="web-1", msg="say \\"hi\\""}              | pod=web-1, msg=say "hi"       |
            up{}                                           | up                            |
            latency (ms)                                   | latency                       | ms
            Requests [1/s]                                 | Requests                      | 1/s
            CPU                                            | CPU                           |
            {not a label set                               | {not a label set              |
            """)
    void makesHeadersReadableAndTakesTheirUnit(String header, String name, String unit) {
        SeriesNames.NameAndUnit read = SeriesNames.fromHeader(header);
        assertEquals(name, read.name());
        assertEquals(unit == null ? "" : unit, read.unit());
    }

    @Test
    void namesPrometheusLabelSetsWithTheMetricFirst() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("job", "api");
        labels.put("__name__", "http_requests_total");
        labels.put("code", "500");
        assertEquals("http_requests_total (job=api, code=500)", SeriesNames.fromLabels(labels));
    }

    @Test
    void numbersRepeatedNames() {
        assertEquals(List.of("cpu", "cpu #2", "mem", "cpu #3"), SeriesNames.unique(List.of("cpu", "cpu", "mem", "cpu")));
    }
}
