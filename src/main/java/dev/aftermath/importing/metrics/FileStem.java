package dev.aftermath.importing.metrics;

import java.util.regex.Pattern;

/**
 * A series name from a file name, for exports whose only column is called "Value": Grafana names its downloads
 * {@code <panel title>-data-<date>.csv}, so the panel title is the best name there is.
 */
final class FileStem {

    private static final Pattern GRAFANA_SUFFIX =
            Pattern.compile("(?i)(-data)?(-as-[a-z]+)?(-\\d{4}-\\d{2}-\\d{2}.*)?\\.(csv|tsv|txt)$");

    private FileStem() {
    }

    static String seriesName(String file, String fallback) {
        if (file == null) {
            return fallback;
        }
        String stem = GRAFANA_SUFFIX.matcher(file).replaceFirst("").strip();
        return stem.isEmpty() || stem.equals(file) ? fallback : stem;
    }
}
