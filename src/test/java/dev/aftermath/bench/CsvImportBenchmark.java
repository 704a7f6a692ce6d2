package dev.aftermath.bench;

import com.sun.management.ThreadMXBean;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.metrics.MetricsCsvImporter;
import dev.aftermath.work.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * The metric CSV import against issue 3's targets: at least 400 MB/s on one core, and no more allocation than the
 * file buffer plus 8 bytes per cell plus 10%. Not a unit test (machines are noisy); run on demand:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=dev.aftermath.bench.CsvImportBenchmark \
 *     -Dexec.classpathScope=test</pre>
 *
 * The 1M-row file (ISO-8601 millisecond timestamps and three numeric columns, about 50 MB) is generated once in the
 * temporary directory. Each run is the whole in-process import: reading the file, sniffing, parsing, building the
 * series. The figures are the median of the measured runs. Shared machines are noisy: the CPU time of the
 * importing thread (what one core spends) is printed next to the wall-clock time, and judged against the target.
 */
public final class CsvImportBenchmark {

    static final int ROWS = 1_000_000;
    private static final int WARM_UP_RUNS = 8;
    private static final int MEASURED_RUNS = 9;
    private static final double TARGET_MB_PER_SECOND = 400;
    private static final DateTimeFormatter MILLISECOND_TIMES =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("java.io.tmpdir"), "aftermath-bench-1m-rows.csv");
        if (Files.notExists(file)) {
            System.out.println("writing " + file + " (kept for the next run)");
            write(file, ROWS, new Random(20250304));
        }
        long bytes = Files.size(file);
        MetricsCsvImporter importer = new MetricsCsvImporter();
        Source source = Source.of(file);
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            importOnce(importer, source);
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[MEASURED_RUNS];
        long[] cpuNanos = new long[MEASURED_RUNS];
        long[] allocated = new long[MEASURED_RUNS];
        long cells = 0;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ImportResult result = importOnce(importer, source);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            allocated[i] = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            cells = cells(result);
        }
        report(bytes, cells, median(nanos), median(cpuNanos), median(allocated));
    }

    private static ImportResult importOnce(MetricsCsvImporter importer, Source source) {
        return importer.read(source, ImportOptions.DEFAULT, Progress.NONE);
    }

    private static long cells(ImportResult result) {
        var series = result.incidents().get(0).series();
        return series.get(0).size() + series.stream().mapToLong(s -> s.size()).sum();
    }

    private static void report(long bytes, long cells, long nanos, long cpuNanos, long allocated) {
        double wallRate = bytes / 1e6 / (nanos / 1e9);
        double cpuRate = bytes / 1e6 / (cpuNanos / 1e9);
        long budget = (long) ((bytes + 8 * cells) * 1.10);
        System.out.printf(Locale.ROOT, "file: %,d bytes, %,d cells (times + values)%n", bytes, cells);
        System.out.printf(Locale.ROOT, "import, wall clock: %.1f ms median of %d runs = %.0f MB/s%n",
                nanos / 1e6, MEASURED_RUNS, wallRate);
        System.out.printf(Locale.ROOT, "import, CPU time of the importing thread: %.1f ms = %.0f MB/s on one core "
                        + "(target >= %.0f MB/s): %s%n", cpuNanos / 1e6, cpuRate, TARGET_MB_PER_SECOND,
                cpuRate >= TARGET_MB_PER_SECOND ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "allocated: %,d bytes per run = file + %.2f bytes/cell (budget %,d = file + "
                        + "8 bytes/cell + 10%%): %s%n", allocated, (allocated - bytes) / (double) cells, budget,
                allocated <= budget ? "met" : "MISSED");
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Rows one second apart with random milliseconds and three columns of decimals of varied lengths. */
    static void write(Path file, int rows, Random random) throws IOException {
        long start = Instant.parse("2025-03-04T07:00:00Z").toEpochMilli();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("time,latency_ms,requests_per_s,error_ratio\n");
            for (int row = 0; row < rows; row++) {
                long millis = start + row * 1000L + random.nextInt(1000);
                out.write(MILLISECOND_TIMES.format(Instant.ofEpochMilli(millis)));
                out.write(',');
                out.write(String.format(Locale.ROOT, "%.3f", 20 + random.nextDouble() * 400));
                out.write(',');
                out.write(String.format(Locale.ROOT, "%.1f", random.nextDouble() * 5000));
                out.write(',');
                out.write(String.format(Locale.ROOT, "%.5f", random.nextDouble() / 20));
                out.write('\n');
            }
        }
    }
}
