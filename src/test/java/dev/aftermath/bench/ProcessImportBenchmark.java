package dev.aftermath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue 3's whole-process target: {@code aftermath import} of the 1M-row metric CSV into a new incident, stored, in
 * at most 4x the time of {@code aftermath --version} (JVM start-up is the unit). Both commands run as fresh
 * processes, interleaved so that machine noise hits them alike; the medians and their ratio are printed. Each round
 * imports into the same existing workspace, as a user's would be. Build the jar first, then run on demand:
 *
 * <pre>./mvnw -q -DskipTests package &amp;&amp; ./mvnw -q test-compile exec:java \
 *     -Dexec.mainClass=dev.aftermath.bench.ProcessImportBenchmark -Dexec.classpathScope=test</pre>
 */
public final class ProcessImportBenchmark {

    private static final int ROUNDS = 7;
    private static final double TARGET_RATIO = 4.0;

    private ProcessImportBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "aftermath.jar");
        if (Files.notExists(jar)) {
            throw new IllegalStateException("build the jar first: ./mvnw -q -DskipTests package");
        }
        Path csv = Path.of(System.getProperty("java.io.tmpdir"), "aftermath-bench-1m-rows.csv");
        if (Files.notExists(csv)) {
            System.out.println("writing " + csv + " (kept for the next run)");
            CsvImportBenchmark.write(csv, CsvImportBenchmark.ROWS, new Random(20250304));
        }
        Path folder = Files.createTempDirectory("aftermath-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path db = folder.resolve("workspace.db");
        run(List.of(java, "-jar", jar.toString(), "--db", db.toString(), "list"));
        long[] version = new long[ROUNDS];
        long[] imports = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            version[round] = run(List.of(java, "-jar", jar.toString(), "--version"));
            imports[round] = run(List.of(java, "-jar", jar.toString(), "--db", db.toString(), "import",
                    csv.toString(), "--format", "metrics-csv"));
        }
        long versionMedian = median(version);
        long importMedian = median(imports);
        double ratio = (double) importMedian / versionMedian;
        System.out.printf("aftermath --version        median %5d ms  (runs %s)%n", versionMedian,
                Arrays.toString(version));
        System.out.printf("aftermath import 1M rows   median %5d ms  (runs %s)%n", importMedian,
                Arrays.toString(imports));
        System.out.printf("ratio %.2f (target at most %.1f): %s%n", ratio, TARGET_RATIO,
                ratio <= TARGET_RATIO ? "met" : "NOT met");
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return millis;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
