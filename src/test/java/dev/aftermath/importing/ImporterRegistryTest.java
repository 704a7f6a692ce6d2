package dev.aftermath.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftermath.importing.bundle.BundleImporter;
import dev.aftermath.work.UserFacingException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImporterRegistryTest {

    private final ImporterRegistry bundleOnly = new ImporterRegistry(List.of(new BundleImporter()));

    @Test
    void findsAnImporterById() {
        assertEquals(BundleImporter.class, bundleOnly.byId("bundle").getClass());
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        UserFacingException error = assertThrows(UserFacingException.class, () -> bundleOnly.byId("docx"));

        assertEquals("unknown import format 'docx'; known formats: bundle", error.getMessage());
    }

    @Test
    void anUnrecognisedSourceAsksForFormat() {
        ImportException error = assertThrows(ImportException.class,
                () -> bundleOnly.detect(Source.ofText("notes.txt", "rolled back at 02:05")));

        assertEquals("notes.txt: cannot tell the format of notes.txt; use --format with one of: bundle",
                error.getMessage());
    }

    static Stream<Arguments> oneInputOfEachFormat() {
        return Stream.of(
                Arguments.of("bundle", "{\"format\": \"aftermath-incident\", \"version\": 1}"),
                Arguments.of("statuspage-json", "{\"page\": {\"id\": \"x\"}, \"incidents\": []}"),
                Arguments.of("statuspage-feed",
                        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>"),
                Arguments.of("statuspage-text",
                        "Checkout errors\n\nResolved\nAll good now.\nPosted Nov 22, 2023 - 08:24 UTC"),
                Arguments.of("metrics-csv", "Time,latency (ms)\n2025-03-04 07:00:00,120\n2025-03-04 07:01:00,135"),
                Arguments.of("prometheus-json",
                        "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[]}}"),
                Arguments.of("report", "# Checkout outage\n\nAt 08:02 UTC on 22 November 2023 the first alarm fired."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneInputOfEachFormat")
    void theStandardRegistryTellsEachFormatApart(String expected, String content) {
        Source source = Source.ofText("input", content);

        assertEquals(expected, ImporterRegistry.standard().detect(source).id());
    }
}
