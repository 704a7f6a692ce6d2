package dev.aftermath.importing.metrics;

import java.util.Map;

/**
 * Factors between units of one family, for columns whose cells switch units as formatted exports do
 * ({@code 950 ms}, then {@code 1.20 s}; {@code 980}, then {@code 1.20 K}).
 */
final class UnitScale {

    private record Scaled(String family, double factor) {
    }

    private static final Map<String, Scaled> UNITS = Map.ofEntries(
            Map.entry("ns", new Scaled("time", 1e-9)), Map.entry("µs", new Scaled("time", 1e-6)),
            Map.entry("\u03bcs", new Scaled("time", 1e-6)), Map.entry("us", new Scaled("time", 1e-6)),
            Map.entry("ms", new Scaled("time", 1e-3)), Map.entry("s", new Scaled("time", 1)),
            Map.entry("min", new Scaled("time", 60)), Map.entry("h", new Scaled("time", 3600)),
            Map.entry("d", new Scaled("time", 86_400)),
            Map.entry("B", new Scaled("bytes", 1)), Map.entry("kB", new Scaled("bytes", 1e3)),
            Map.entry("KB", new Scaled("bytes", 1e3)), Map.entry("MB", new Scaled("bytes", 1e6)),
            Map.entry("GB", new Scaled("bytes", 1e9)), Map.entry("TB", new Scaled("bytes", 1e12)),
            Map.entry("KiB", new Scaled("bytes", 1024d)), Map.entry("MiB", new Scaled("bytes", 1024d * 1024)),
            Map.entry("GiB", new Scaled("bytes", 1024d * 1024 * 1024)),
            Map.entry("TiB", new Scaled("bytes", 1024d * 1024 * 1024 * 1024)),
            Map.entry("", new Scaled("count", 1)), Map.entry("K", new Scaled("count", 1e3)),
            Map.entry("M", new Scaled("count", 1e6)), Map.entry("Bil", new Scaled("count", 1e9)),
            Map.entry("Tri", new Scaled("count", 1e12)));

    private UnitScale() {
    }

    /** The factor that turns a value in {@code from} into one in {@code to}; NaN when they do not convert. */
    static double factor(String from, String to) {
        Scaled source = UNITS.get(from);
        Scaled target = UNITS.get(to);
        if (source == null || target == null || !source.family().equals(target.family())) {
            return Double.NaN;
        }
        return source.factor() / target.factor();
    }
}
