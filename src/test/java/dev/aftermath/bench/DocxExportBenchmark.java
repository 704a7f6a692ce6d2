package dev.aftermath.bench;

import dev.aftermath.app.Launcher;
import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.docx.DocxExporter;
import dev.aftermath.export.markdown.MarkdownExporter;
import dev.aftermath.export.report.ReportFixtures;
import dev.aftermath.model.Incident;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How Word and Markdown export times grow with the timeline, printed as a table (docs/benchmarks-export.md).
 * In-process runs are warm; the cold runs start a fresh JVM each, against {@code aftermath --version} in the same
 * run, which is what issue 5's budget (a 20,000-entry .docx in at most 6x that) compares.
 *
 * <pre>./mvnw -o -q test-compile exec:java -Dexec.mainClass=dev.aftermath.bench.DocxExportBenchmark \
 *     -Dexec.classpathScope=test</pre>
 */
public final class DocxExportBenchmark {

    private static final int[] SIZES = {5_000, 10_000, 20_000};
    private static final int WARM_RUNS = 5;
    private static final int COLD_RUNS = 7;

    private DocxExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("Warm, in-process (median of " + WARM_RUNS + " runs after a warm-up; wall clock, and CPU"
                + " time of the exporting thread, which other load on the machine disturbs less):");
        System.out.println("entries  docx ms  docx cpu ms  cpu ms per 1k  docx MB  markdown ms  markdown cpu ms");
        warmUp();
        for (int size : SIZES) {
            Incident incident = ReportFixtures.withEntries(size);
            Timing docx = median(() -> write(new DocxExporter(), incident));
            Timing markdown = median(() -> write(new MarkdownExporter(), incident));
            System.out.printf(Locale.ROOT, "%7d  %7.0f  %11.0f  %12.1f  %7.2f  %11.1f  %15.1f%n", size, docx.wall(),
                    docx.cpu(), docx.cpu() / (size / 1000.0), bytes(new DocxExporter(), incident) / 1e6,
                    markdown.wall(), markdown.cpu());
        }
        coldComparison();
    }

    private static void warmUp() throws IOException {
        for (int i = 0; i < 3; i++) {
            write(new DocxExporter(), ReportFixtures.withEntries(2_000));
            write(new MarkdownExporter(), ReportFixtures.withEntries(2_000));
        }
    }

    /**
     * The budget's own terms: {@code aftermath export ID --format docx} of a stored 20,000-entry incident, picture
     * included, as a fresh process, against {@code aftermath --version}, interleaved.
     */
    private static void coldComparison() throws IOException, InterruptedException, URISyntaxException {
        String classPath = classPath();
        Path folder = Files.createTempDirectory("aftermath-bench");
        Path workspace = folder.resolve("bench.db");
        Incident incident = ReportFixtures.withEntries(20_000);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(workspace)) {
            store.save(incident);
        }
        String out = folder.resolve("bench.docx").toString();
        List<Double> version = new ArrayList<>();
        List<Double> withPicture = new ArrayList<>();
        List<Double> withoutPicture = new ArrayList<>();
        for (int run = 0; run < COLD_RUNS; run++) {
            version.add(timeProcess(classPath, "--version"));
            withPicture.add(timeProcess(classPath, "--db", workspace.toString(), "export", incident.id().toString(),
                    "--format", "docx", "--out", out));
            withoutPicture.add(timeProcess(classPath, "--db", workspace.toString(), "export",
                    incident.id().toString(), "--format", "docx", "--no-picture", "--out", out));
        }
        double versionMs = medianOf(version);
        System.out.printf(Locale.ROOT, "%nCold, a fresh process each (median of %d interleaved runs, wall clock):%n",
                COLD_RUNS);
        System.out.printf(Locale.ROOT, "aftermath --version                            %6.0f ms%n", versionMs);
        System.out.printf(Locale.ROOT, "export 20,000 entries to .docx                 %6.0f ms  (%.1fx --version;"
                + " budget 6x)%n", medianOf(withPicture), medianOf(withPicture) / versionMs);
        System.out.printf(Locale.ROOT, "the same with --no-picture                     %6.0f ms  (%.1fx)%n",
                medianOf(withoutPicture), medianOf(withoutPicture) / versionMs);
    }

    private static double timeProcess(String classPath, String... command)
            throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, Launcher.class.getName()));
        line.addAll(Arrays.asList(command));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return millis;
    }

    /** exec:java runs us in a class loader of its own, so java.class.path is Maven's, not the project's. */
    private static String classPath() throws URISyntaxException {
        if (DocxExportBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                entries.add(Paths.get(url.toURI()).toString());
            }
            return String.join(File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static long bytes(DocxExporter exporter, Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(incident, ExportOptions.DEFAULT, out);
        return out.size();
    }

    private static void write(dev.aftermath.export.Exporter exporter, Incident incident) throws IOException {
        exporter.write(incident, ExportOptions.DEFAULT, OutputStream.nullOutputStream());
    }

    private static Timing median(Run run) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            run.run();
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
            wall.add((System.nanoTime() - start) / 1e6);
        }
        return new Timing(medianOf(wall), medianOf(cpu));
    }

    private record Timing(double wall, double cpu) {
    }

    private static double medianOf(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @FunctionalInterface
    private interface Run {
        void run() throws IOException;
    }
}
