package dev.aftermath.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.bundle.BundleImporter;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

        assertEquals("notes.txt: cannot tell what kind of file this is: not an incident file, a status page (JSON,"
                + " feed or copied text), a metrics export or a report with times in it", error.getMessage());
        assertTrue(error.formatUnknown(), "each front end says how to name the format");
    }

    static Stream<Arguments> filesNoImporterRecognises() {
        return Stream.of(
                Arguments.of("empty.csv", "", "empty.csv: the file is empty"),
                Arguments.of("blank.json", "\n   \n", "blank.json: the file is empty"),
                Arguments.of("scan.bin", "\u0000\u0001\u0002 not text \u0003", "scan.bin: the file is not text"),
                Arguments.of("latency.json", "\u0000\u0001\u0002 {} \u0003", "latency.json: the file is not text"),
                Arguments.of("latency.csv", "time,p99 (ms)\n2025-03-04 07:00:00,120\n2025-03-04 07:01:00,\"135\n"
                        + "2025-03-04 07:02:00,140\n", "latency.csv:3: a quoted field is never closed"),
                Arguments.of("latency.tsv", "time\tp99 (ms)\n2025-03-04 07:00:00\t120\n2025-03-04 07:01:00\t\"135\n"
                        + "2025-03-04 07:02:00\t140\n", "latency.tsv:3: a quoted field is never closed"),
                Arguments.of("latency.txt", "time;p99 (ms)\n2025-03-04 07:00:00;120\n2025-03-04 07:01:00;\"135\n"
                        + "2025-03-04 07:02:00;140\n", "latency.txt:3: a quoted field is never closed"),
                Arguments.of("wide.csv", "a,".repeat(200_000) + "\n", "wide.csv:1: "),
                Arguments.of("cut.json", "{\"items\": [\n  {\"at\": 1},\n", "cut.json:3:1: the JSON ends in the middle"),
                Arguments.of("deep.json", "[".repeat(5_000) + "]".repeat(5_000),
                        "deep.json:1:202: the JSON is nested more than 200 levels deep"),
                Arguments.of("history.xml", "<html><body>status</body></html>",
                        "history.xml:1:7: not an Atom or RSS feed"),
                Arguments.of("notes.md", "# Notes\n\nThe cache was cold and pages were slow.\n",
                        "notes.md: no dated statement and no review section found"),
                Arguments.of("notes.txt", "The cache was cold and pages were slow.\nNobody knows since when.\n",
                        "notes.txt: cannot tell what kind of file this is"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filesNoImporterRecognises")
    void whenNoImporterRecognisesAFileTheMessageSaysWhatIsWrong(String name, String content, String expected) {
        ImportException error = assertThrows(ImportException.class, () -> detectAndRead(Source.ofText(name, content)));

        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
    }

    @Test
    void utf16TextIsNotTakenForBinary(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latency.csv");
        Files.write(file, ("\uFEFFtime,p99 (ms)\n2025-03-04 07:00:00,\"120\n").getBytes(StandardCharsets.UTF_16LE));

        ImportException error = assertThrows(ImportException.class, () -> detectAndRead(Source.of(file)));

        assertTrue(error.getMessage().startsWith("latency.csv:2: a quoted field is never closed"), error.getMessage());
    }

    @Test
    void aStatuspageExportWhoseKeysComeLateIsReadForItsJsonName() throws IOException {
        String webhook;
        try (InputStream in = getClass().getResourceAsStream("statuspage/webhook-incident.json")) {
            webhook = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String late = webhook.replaceFirst("\\{", "{\"note\": \"" + "x".repeat(5_000) + "\",");

        ImportResult result = detectAndRead(Source.ofText("incident.json", late));

        assertEquals("Outgoing mail queued for some customers", result.incidents().get(0).title());
    }

    private static ImportResult detectAndRead(Source source) {
        return ImporterRegistry.standard().detect(source).read(source, ImportOptions.DEFAULT, Progress.NONE);
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
