package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Metric exports as CSV: Grafana panel downloads (series joined by time, one series per frame, the older
 * {@code Series;Time;Value} rows, the "for Excel" variant) and spreadsheets in any common locale. The result is one
 * incident without a title that holds one series per value column (or per series named in the long layout).
 *
 * <p>The file is read into one byte array and parsed from bytes into primitive columns; see {@link CsvTableReader}.
 */
public final class MetricsCsvImporter implements Importer {

    private static final int SNIFF_BYTES = 16 * 1024;
    private static final String DELIMITERS = ",;\t";
    private static final int DELIMITED_LINES_CHECKED = 5;

    @Override
    public String id() {
        return "metrics-csv";
    }

    @Override
    public String displayName() {
        return "Metrics CSV (Grafana, spreadsheets)";
    }

    @Override
    public boolean canRead(Source source) throws IOException {
        byte[] head = source.head(SNIFF_BYTES);
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("{") || text.startsWith("[") || text.startsWith("<") || text.startsWith("#")) {
            return false;
        }
        int end = head.length == SNIFF_BYTES ? lastLineBreak(head) : head.length;
        try {
            CsvInput input = CsvInput.of(Arrays.copyOf(head, Math.max(end, 0)), source.name());
            new CsvSniffer(input.bytes(), input.start(), input.bytes().length, source.name(), input.firstLine(),
                    new LocalTimes(null)).sniff(input.delimiter());
            return true;
        } catch (ImportException notMetrics) {
            return false;
        }
    }

    /** A .csv or .tsv file, or a .txt file whose lines hold a delimiter: a table saved as text. */
    @Override
    public boolean claimsByName(Source source) throws IOException {
        return switch (source.extension()) {
            case "csv", "tsv" -> true;
            case "txt" -> delimitedLines(source.headText(SNIFF_BYTES));
            default -> false;
        };
    }

    /** The first few lines all hold one of the delimiters a table is saved with. */
    private static boolean delimitedLines(String head) {
        List<String> lines = head.lines().filter(line -> !line.isBlank()).limit(DELIMITED_LINES_CHECKED).toList();
        return !lines.isEmpty() && DELIMITERS.chars().anyMatch(delimiter ->
                lines.stream().allMatch(line -> line.indexOf(delimiter) >= 0));
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        try {
            return readAll(source, options, progress);
        } catch (OutOfMemoryError tooLarge) {
            throw new ImportException(source.name(), "the file needs more memory than is available; split it or "
                    + "give the program more memory (-Xmx)");
        }
    }

    private ImportResult readAll(Source source, ImportOptions options, Progress progress) {
        String file = source.name();
        CsvInput input = CsvInput.of(load(source), file);
        byte[] bytes = input.bytes();
        LocalTimes localTimes = new LocalTimes(options.zone());
        Warnings warnings = new Warnings(file);
        List<MetricSeries> series = new ArrayList<>();
        int position = input.start();
        int line = input.firstLine();
        while (position < bytes.length) {
            CsvLayout layout;
            try {
                layout = new CsvSniffer(bytes, position, bytes.length, file, line, localTimes)
                        .sniff(input.delimiter());
            } catch (ImportException unreadableTable) {
                if (series.isEmpty()) {
                    throw unreadableTable;
                }
                warnings.add(line, "the table starting here was not read: " + unreadableTable.getMessage());
                break;
            }
            layout.notes().forEach(warnings::add);
            CsvTableReader reader = new CsvTableReader(bytes, bytes.length, file, layout, warnings, progress);
            series.addAll(reader.read());
            position = reader.nextTableStart();
            line = reader.nextTableLine();
        }
        if (series.isEmpty()) {
            throw nothingRead(file, warnings);
        }
        warnAboutZone(localTimes, warnings);
        Incident incident = Incident.create("", options.zone()).withSeries(series);
        return new ImportResult(List.of(incident), false, warnings.list());
    }

    private static byte[] load(Source source) {
        try {
            Optional<Path> path = source.path();
            if (path.isPresent()) {
                if (Files.size(path.get()) > Integer.MAX_VALUE - 64) {
                    throw new ImportException(source.name(), "the file is larger than 2 GB; split it first");
                }
                return Files.readAllBytes(path.get());
            }
            try (InputStream in = source.open()) {
                return in.readAllBytes();
            }
        } catch (IOException unreadable) {
            throw new ImportException(source.name(), "cannot read the file: " + unreadable.getMessage());
        }
    }

    private static ImportException nothingRead(String file, Warnings warnings) {
        if (warnings.isEmpty()) {
            return new ImportException(file, "the file holds no metric values");
        }
        ImportWarning first = warnings.first();
        return new ImportException(file, first.line(), null, "no row could be read; the first problem: "
                + first.message());
    }

    private static void warnAboutZone(LocalTimes localTimes, Warnings warnings) {
        if (localTimes.readCount() > 0 && localTimes.zoneAssumed()) {
            warnings.add(null, "the times carry no zone; read as UTC (name the zone they were written in to "
                    + "change this)");
        }
        if (localTimes.doubtfulCount() > 0) {
            warnings.add(null, localTimes.doubtfulCount() + " time(s) fall into a daylight-saving change of "
                    + localTimes.zone() + " (an hour skipped or repeated); read with the offset before the change");
        }
    }

    private static int lastLineBreak(byte[] head) {
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return i + 1;
            }
        }
        return head.length;
    }
}
