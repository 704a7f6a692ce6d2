package dev.aftermath.bench;

import dev.aftermath.bundle.BundleReader;
import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads a bundle with ten million metric points through a temporary file and prints the times and the
 * heap in use. Run on demand: {@code java -cp ... dev.aftermath.bench.BundleBench [points]}.
 */
public final class BundleBench {

    private BundleBench() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        Incident incident = Incident.create("bench", ZoneOffset.UTC).withSeries(List.of(series(count)));
        Path file = Files.createTempFile("bench", ".aftermath.json");
        try {
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new BundleWriter().write(incident, out);
            }
            long written = System.nanoTime();
            Incident back;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                back = new BundleReader().read(in, file.getFileName().toString(), Files.size(file), Progress.NONE);
            }
            long read = System.nanoTime();
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("%,d points, %,d bytes: write %d ms, read %d ms, heap in use %,d MB, equal: %s%n",
                    count, Files.size(file), (written - start) / 1_000_000, (read - written) / 1_000_000,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20, back.series().equals(incident.series()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static MetricSeries series(int count) {
        long[] timestamps = new long[count];
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            timestamps[i] = 1_761_439_800_000L + i * 1000L;
            values[i] = i % 997 == 0 ? Double.NaN : Math.sin(i / 1000.0) * 100;
        }
        return new MetricSeries(UUID.randomUUID(), "bench", "ms", timestamps, values);
    }
}
