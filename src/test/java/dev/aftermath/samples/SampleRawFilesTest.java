package dev.aftermath.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Milestone;
import dev.aftermath.samples.Samples.Sample;
import dev.aftermath.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The raw files of every sample import cleanly with the app's own importers and tell the incident's story. */
class SampleRawFilesTest {

    /** Which importer each raw file shows off. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("report.md", "report"),
            Map.entry("status-page.txt", "statuspage-text"),
            Map.entry("status-page.md", "statuspage-text"),
            Map.entry("incidents.json", "statuspage-json"),
            Map.entry("history.atom", "statuspage-feed"),
            Map.entry("history.rss", "statuspage-feed"),
            Map.entry("eu-web-latency.csv", "metrics-csv"),
            Map.entry("us-inbox-response-times.csv", "metrics-csv"),
            Map.entry("us-web-memory.csv", "metrics-csv"),
            Map.entry("eu-web-workers.csv", "metrics-csv"),
            Map.entry("eu-web-hosts.json", "prometheus-json"),
            Map.entry("shard-07-failover.json", "prometheus-json"),
            Map.entry("telemetry-proxy.json", "prometheus-json"));

    /**
     * The milestones the raw files give before anyone pins one: triggered, impact started, detected, acknowledged,
     * identified, mitigated, resolved, first communication ("-" where the files say nothing).
     */
    private static final Map<Sample, String> DERIVED = Map.of(
            Samples.EU_WEB_FLEET, "2025-08-18T15:40:00Z 2025-08-19T07:00:00Z 2025-08-19T08:02:00Z "
                    + "2025-08-19T08:06:00Z 2025-08-19T08:36:00Z - 2025-08-19T09:15:00Z "
                    + "2025-08-19T08:24:00Z",
            Samples.DATABASE_FAILOVER, "2025-02-11T11:49:00Z 2025-02-11T11:50:00Z 2025-02-11T11:53:00Z "
                    + "2025-02-11T11:54:00Z 2025-02-11T11:55:00Z - 2025-02-11T11:56:00Z "
                    + "2025-02-11T11:59:12.482Z",
            Samples.UNREACHABLE_CACHE, "2025-04-08T14:02:00Z 2025-04-08T14:05:00Z 2025-04-08T14:09:00Z "
                    + "2025-04-08T14:11:00Z 2025-04-08T14:21:00Z 2025-04-08T14:31:00Z 2025-04-09T16:24:00Z "
                    + "2025-04-08T14:14:00Z",
            Samples.THREAD_LEAK, "2025-06-12T14:30:00Z 2025-06-12T20:09:00Z 2025-06-12T20:11:00Z "
                    + "2025-06-12T20:12:00Z 2025-06-13T15:10:00Z 2025-06-12T20:17:00Z 2025-06-13T12:07:00Z "
                    + "2025-06-12T20:14:00Z",
            Samples.TELEMETRY_PROXY, "2025-10-14T13:18:00Z 2025-10-14T13:24:00Z 2025-10-14T13:29:00Z "
                    + "2025-10-14T13:31:00Z 2025-10-14T13:47:00Z 2025-10-14T13:55:00Z 2025-10-14T13:58:00Z "
                    + "2025-10-14T13:38:00Z");

    static Stream<Sample> samples() {
        return Samples.ALL.stream();
    }

    static Stream<Arguments> rawFiles() {
        return Samples.ALL.stream().flatMap(sample -> sample.rawFiles().stream()
                .map(file -> Arguments.of(sample, file)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theRawFilesImportedTogetherMakeOneIncidentWithOnlyTheWarningsTheSampleShows(Sample sample)
            throws Exception {
        SampleBuilder.Imported imported = SampleBuilder.importRaw(sample);

        assertEquals(sample.expectedWarnings(), imported.warnings().stream().map(ImportWarning::toString).toList());
        assertEquals(DERIVED.get(sample), milestones(IncidentMilestones.of(imported.incident())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rawFiles")
    void eachRawFileIsRecognisedAndReadOnItsOwn(Sample sample, String file) throws Exception {
        Source source = Source.of(sample.path(file));
        Importer importer = ImporterRegistry.standard().detect(source);

        ImportResult result = importer.read(source, new ImportOptions(null), Progress.NONE);

        assertEquals(FORMATS.get(file), importer.id());
        assertEquals(1, result.incidents().size());
        assertEquals(sample.expectedWarnings().stream().filter(warning -> warning.startsWith(file + ":")).toList(),
                result.warnings().stream().map(ImportWarning::toString).toList());
        assertTrue(Files.size(sample.path(file)) < 500_000, file + " is small enough to read in an editor");
    }

    @Test
    void theMetricFilesAreTheGeneratorsOutput(@TempDir Path folder) throws Exception {
        for (Sample sample : Samples.ALL) {
            Path generated = Files.createDirectory(folder.resolve(sample.folder()));
            sample.metrics().accept(generated);
            try (Stream<Path> files = Files.list(generated)) {
                for (Path file : files.toList()) {
                    assertTrue(sample.rawFiles().contains(file.getFileName().toString()), file.toString());
                    assertArrayEquals(Files.readAllBytes(sample.path(file.getFileName().toString())),
                            Files.readAllBytes(file), file + " differs: run MetricGenerator");
                }
            }
        }
    }

    private static String milestones(IncidentMilestones milestones) {
        Map<Milestone, String> text = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            text.put(milestone, milestones.at(milestone).map(Object::toString).orElse("-"));
        }
        return String.join(" ", text.values());
    }
}
