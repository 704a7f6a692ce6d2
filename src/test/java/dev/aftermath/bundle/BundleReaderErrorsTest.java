package dev.aftermath.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftermath.work.Progress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BundleReaderErrorsTest {

    private static final String HEAD = "{\"format\": \"aftermath-incident\", \"version\": 1,\n";
    private static final String ID = "\"id\": \"2f1d7c9e-0b5a-4e8f-9c3d-6a7b8e9f0a1b\"";
    private static final String ENTRY_ID = "\"id\": \"0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a\"";

    static Stream<Arguments> malformedBundles() {
        return Stream.of(
                Arguments.of("truncated",
                        HEAD + "\"incident\": {" + ID + ",\n\"title\": \"cut off",
                        "bad.json:3:", "is the file cut short?"),
                Arguments.of("truncated between fields",
                        HEAD + "\"incident\": {" + ID + ",\n",
                        "bad.json:", "is the file cut short?"),
                Arguments.of("not JSON",
                        HEAD + "\"incident\": {" + ID + ",\n\"title\": nope}}",
                        "bad.json:3:10: not valid JSON", "nope"),
                Arguments.of("wrong type",
                        HEAD + "\"incident\": {" + ID + ",\n\"affected\": \"checkout\"}}",
                        "bad.json:3:13: incident.affected: expected an array, found a string", ""),
                Arguments.of("bad instant",
                        HEAD + "\"incident\": {" + ID + ", \"entries\": [\n {" + ENTRY_ID + ", \"source\": \"manual\","
                                + "\n  \"at\": \"2025-13-01T00:00Z\"}]}}",
                        "bad.json:4:9: incident.entries[0].at: '2025-13-01T00:00Z' is not an ISO-8601 instant", ""),
                Arguments.of("newer version",
                        "{\"format\": \"aftermath-incident\",\n \"version\": 2, \"incident\": {\"future\": true}}",
                        "bad.json:2:13: version: written by a newer Aftermath (bundle version 2); "
                                + "this version reads version 1", ""),
                Arguments.of("wrong format",
                        "{\"format\": \"grafana-dashboard\", \"version\": 1, \"incident\": {}}",
                        "bad.json:1:1: not an Aftermath incident file: its format is 'grafana-dashboard'", ""),
                Arguments.of("missing format",
                        "{\"version\": 1, \"incident\": {" + ID + "}}",
                        "bad.json:1:1: not an Aftermath incident file", ""),
                Arguments.of("a JSON array",
                        "[1, 2, 3]",
                        "bad.json:1:1: not an Aftermath incident file", ""),
                Arguments.of("missing incident",
                        HEAD + "\"title\": \"x\"}",
                        "bad.json:1:1: no \"incident\" field", ""),
                Arguments.of("missing entry time",
                        HEAD + "\"incident\": {" + ID + ", \"entries\": [\n {" + ENTRY_ID + "}]}}",
                        "bad.json:3:2: incident.entries[0]: no \"at\"", ""),
                Arguments.of("bad id",
                        HEAD + "\"incident\": {\"id\": \"INC-42\"}}",
                        "bad.json:2:20: incident.id: 'INC-42' is not a UUID", ""),
                Arguments.of("unknown severity",
                        HEAD + "\"incident\": {" + ID + ", \"severity\": \"SEV9\"}}",
                        "incident.severity: 'SEV9' is not one of [SEV1, SEV2, SEV3, SEV4]", "bad.json:2:"),
                Arguments.of("unknown source",
                        HEAD + "\"incident\": {" + ID + ", \"entries\": [{" + ENTRY_ID
                                + ", \"at\": \"2025-10-26T01:00:00Z\", \"source\": \"pager\"}]}}",
                        "incident.entries[0].source: 'pager' is not a source", "status-page"),
                Arguments.of("malformed point",
                        HEAD + "\"incident\": {" + ID + ", \"series\": [{\"id\": \"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\","
                                + "\n \"points\": [[1, 2], [3, \"four\"]]}]}}",
                        "bad.json:3:25: incident.series[0].points[1]: a point's value is a number", ""),
                Arguments.of("point with three items",
                        HEAD + "\"incident\": {" + ID + ", \"series\": [{\"id\": \"1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d\","
                                + "\n \"points\": [[1, 2, 3]]}]}}",
                        "incident.series[0].points[0]: a point has two items", "bad.json:3:"),
                Arguments.of("bad due date",
                        HEAD + "\"incident\": {" + ID + ", \"rca\": {\"actionItems\": [{" + ENTRY_ID
                                + ", \"due\": \"next week\"}]}}}",
                        "incident.rca.actionItems[0].due: 'next week' is not an ISO-8601 date", ""),
                Arguments.of("duplicate field",
                        HEAD + "\"incident\": {" + ID + ", " + ID + "}}",
                        "bad.json:2:", "Duplicate field 'id'"),
                Arguments.of("trailing content",
                        HEAD + "\"incident\": {" + ID + "}}\n{}",
                        "bad.json:3:1: unexpected content after the end of the bundle", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedBundles")
    void refusesMalformedBundlesNamingLineColumnAndProblem(String name, String bundle, String expectedStart,
                                                           String alsoExpected) {
        BundleException error = assertThrows(BundleException.class, () -> read(bundle));

        String message = error.getMessage();
        if (!message.startsWith(expectedStart) && !message.contains(expectedStart)) {
            assertEquals(expectedStart, message);
        }
        if (!message.contains(alsoExpected)) {
            assertEquals(alsoExpected, message);
        }
        assertEquals("bad.json", error.file());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = HEAD + "\"extra\": " + "[".repeat(BundleReader.MAX_NESTING + 10)
                + "]".repeat(BundleReader.MAX_NESTING + 10) + "}";

        BundleException error = assertThrows(BundleException.class, () -> read(deep));

        assertEquals(2, error.line());
        assertEquals("nested deeper than 64 levels; a bundle never needs that many", error.problem());
    }

    @Test
    void refusesANewerVersionBeforeReadingAnIncidentItCannotUnderstand() {
        String newer = "{\"format\": \"aftermath-incident\", \"version\": 7,\n \"incident\": [\"whatever\"]}";

        BundleException error = assertThrows(BundleException.class, () -> read(newer));

        assertEquals("bad.json:1:45: version: written by a newer Aftermath (bundle version 7); this version reads "
                + "version 1", error.getMessage());
    }

    private static void read(String bundle) {
        byte[] bytes = bundle.getBytes(StandardCharsets.UTF_8);
        new BundleReader().read(new ByteArrayInputStream(bytes), "bad.json", bytes.length, Progress.NONE);
    }
}
