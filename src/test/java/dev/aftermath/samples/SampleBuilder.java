package dev.aftermath.samples;

import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.samples.Samples.Sample;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.ImportOutcome;
import dev.aftermath.workspace.ImportRequest;
import dev.aftermath.workspace.ImportService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds each sample's finished incident the way a commander would: imports its raw files through the app's own
 * {@link ImportService} into a fresh workspace, then completes the result with the sample's review (id, title,
 * severity, pins, series names and the RCA; see {@link Review}). Series get ids derived from their imported
 * names, so that every build writes the same bytes, and are averaged into buckets of the sample's bundle step to
 * keep bundles small.
 * Writes each bundle next to its raw files and the index the app reads them by. Run from the repository's root:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.aftermath.samples.SampleBuilder
 *     -Dexec.classpathScope=test</pre>
 */
public final class SampleBuilder {

    static final String INDEX = "index.txt";
    private static final Pattern UNIT = Pattern.compile("(.*\\S)\\s*\\(([^()]+)\\)");

    private SampleBuilder() {
    }

    public static void main(String[] args) throws IOException {
        for (Sample sample : Samples.ALL) {
            Built built = build(sample);
            if (!built.warnings().equals(sample.expectedWarnings())) {
                throw new IllegalStateException(sample.folder() + ": unexpected import warnings " + built.warnings());
            }
            Files.write(sample.path(sample.bundle()), bundle(built.incident()));
            System.out.println(sample.path(sample.bundle()) + ": " + Files.size(sample.path(sample.bundle()))
                    + " bytes");
        }
        Files.writeString(Samples.ROOT.resolve(INDEX), index(), StandardCharsets.UTF_8);
    }

    /** The finished incident, and the warnings its raw files gave as {@code FILE[:LINE]: message}. */
    record Built(Incident incident, List<String> warnings) {
    }

    static Built build(Sample sample) throws IOException {
        Imported imported = importRaw(sample);
        Review review = Review.parse(resource(sample.reviewResource()), sample.folder());
        Incident draft = imported.incident();
        Incident finished = new Incident(review.id(), review.title(), review.severity(), review.status(),
                review.zone(), review.affected(), draft.entries(), finished(sample, review, draft.series()),
                review.completing(draft.rca()), review.pins());
        return new Built(finished, imported.warnings().stream().map(ImportWarning::toString).toList());
    }

    /** What importing the raw files in a new workspace gives, as the command line's {@code import} would. */
    record Imported(Incident incident, List<ImportWarning> warnings) {
    }

    static Imported importRaw(Sample sample) throws IOException {
        Path folder = Files.createTempDirectory("aftermath-sample");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(folder.resolve("workspace.db"))) {
            ImportOutcome outcome = new ImportService(store, ImporterRegistry.standard()).importSources(
                    sample.rawPaths().stream().map(Source::of).toList(), ImportRequest.DEFAULT, Progress.NONE);
            if (outcome.incidentIds().size() != 1) {
                throw new IllegalStateException(sample.folder() + ": the raw files make "
                        + outcome.incidentIds().size() + " incidents, not one");
            }
            return new Imported(store.find(outcome.incidentIds().get(0)).orElseThrow(), outcome.warnings());
        } finally {
            deleteRecursively(folder);
        }
    }

    static byte[] bundle(Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleWriter().write(incident, out);
        return out.toByteArray();
    }

    /** Lists every bundle, folder by folder: the app's resources are read through it. */
    static String index() {
        return "# The sample incidents the app ships with; written by SampleBuilder.\n"
                + Samples.ALL.stream().map(sample -> sample.folder() + "/" + sample.bundle())
                        .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Ids from the imported names, names as the review gives them, points averaged into the sample's step. */
    private static List<MetricSeries> finished(Sample sample, Review review, List<MetricSeries> series) {
        List<MetricSeries> finished = new ArrayList<>();
        for (MetricSeries one : series) {
            UUID id = UUID.nameUUIDFromBytes((sample.folder() + ":series:" + one.name())
                    .getBytes(StandardCharsets.UTF_8));
            String renamed = review.renamedSeries().getOrDefault(one.name(), one.name());
            Matcher unit = UNIT.matcher(renamed);
            String name = unit.matches() ? unit.group(1) : renamed;
            finished.add(averaged(sample.bundleStepMillis(), new MetricSeries(id, name,
                    unit.matches() ? unit.group(2) : one.unit(), one.timestamps(), one.values())));
        }
        if (!series.stream().map(MetricSeries::name).toList().containsAll(review.renamedSeries().keySet())) {
            throw new IllegalStateException(sample.folder() + ": the review renames a series the import lacks");
        }
        return finished;
    }

    /**
     * The mean of each bucket's values; a bucket whose points are all gaps stays a gap, so missing data still shows
     * as missing.
     */
    static MetricSeries averaged(long step, MetricSeries series) {
        long[] times = new long[series.size()];
        double[] values = new double[series.size()];
        int buckets = 0;
        int index = 0;
        while (index < series.size()) {
            long bucket = Math.floorDiv(series.timestamps()[index], step) * step;
            double sum = 0;
            int count = 0;
            for (; index < series.size() && series.timestamps()[index] < bucket + step; index++) {
                double value = series.values()[index];
                if (!Double.isNaN(value)) {
                    sum += value;
                    count++;
                }
            }
            times[buckets] = bucket;
            values[buckets++] = count == 0 ? Double.NaN : round(sum / count);
        }
        return new MetricSeries(series.id(), series.name(), series.unit(), Arrays.copyOf(times, buckets),
                Arrays.copyOf(values, buckets));
    }

    /** Six significant digits: as precise as the exports, and short in the file. */
    private static double round(double value) {
        return value == 0 ? 0 : new BigDecimal(value).round(new MathContext(6)).doubleValue();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SampleBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
