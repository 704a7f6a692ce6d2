package dev.aftermath.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes synthesised metrics in the layouts users export: Grafana's CSV (epoch milliseconds, or its "formatted" times
 * without a zone), a spreadsheet saved in a European locale, and a Prometheus range query's JSON.
 */
final class MetricFiles {

    private static final DateTimeFormatter GRAFANA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private MetricFiles() {
    }

    /** Metrics sampled every {@code stepSeconds} from {@code from} (inclusive) to {@code to} (exclusive). */
    record Table(long[] times, List<String> names, List<double[]> columns) {

        static Table sample(String from, String to, int stepSeconds, Random random, List<Metric> metrics) {
            long start = Instant.parse(from).toEpochMilli();
            long step = stepSeconds * 1000L;
            int rows = (int) ((Instant.parse(to).toEpochMilli() - start) / step);
            long[] times = new long[rows];
            for (int row = 0; row < rows; row++) {
                times[row] = start + row * step;
            }
            List<double[]> columns = new ArrayList<>();
            for (Metric metric : metrics) {
                columns.add(metric.sample(times, random));
            }
            return new Table(times, metrics.stream().map(Metric::name).toList(), columns);
        }
    }

    /**
     * Grafana's "Download CSV" of a panel with its series joined by time: quoted headers, CRLF line ends, a gap as
     * an empty cell. Unformatted times are epoch milliseconds; formatted ones are the dashboard's wall-clock time
     * with no zone, as Grafana writes them.
     */
    static void grafanaCsv(Path file, Table table, boolean formattedTimes) {
        StringBuilder csv = new StringBuilder("\"Time\"");
        table.names().forEach(name -> csv.append(",\"").append(name.replace("\"", "\"\"")).append('"'));
        csv.append("\r\n");
        for (int row = 0; row < table.times().length; row++) {
            long time = table.times()[row];
            csv.append(formattedTimes ? GRAFANA_TIME.format(Instant.ofEpochMilli(time)) : Long.toString(time));
            for (double[] column : table.columns()) {
                csv.append(',').append(Double.isNaN(column[row]) ? "" : plain(column[row]));
            }
            csv.append("\r\n");
        }
        write(file, csv.toString());
    }

    /**
     * A sheet saved as CSV by a spreadsheet in a European locale: semicolons, decimal commas, dots between
     * thousands, {@code #N/A} for a gap. The times were pasted from a UTC log, so they carry their zone.
     */
    static void spreadsheetCsv(Path file, String timeHeader, Table table) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat numbers = new DecimalFormat("#,##0.##", symbols);
        StringBuilder csv = new StringBuilder(timeHeader);
        table.names().forEach(name -> csv.append(';').append(name));
        csv.append("\r\n");
        for (int row = 0; row < table.times().length; row++) {
            csv.append(Instant.ofEpochMilli(table.times()[row]));
            for (double[] column : table.columns()) {
                csv.append(';').append(Double.isNaN(column[row]) ? "#N/A" : numbers.format(column[row]));
            }
            csv.append("\r\n");
        }
        write(file, csv.toString());
    }

    /**
     * The JSON of {@code /api/v1/query_range}: one result per label set, times in float seconds, values as
     * strings; a gap is a missing point.
     */
    static void prometheusRange(Path file, List<Map<String, String>> labelSets, Table table) {
        StringBuilder json = new StringBuilder("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\","
                + "\"result\":[");
        for (int series = 0; series < labelSets.size(); series++) {
            json.append(series == 0 ? "\n" : ",\n").append("{\"metric\":{")
                    .append(labelSets.get(series).entrySet().stream()
                            .map(label -> quoted(label.getKey()) + ":" + quoted(label.getValue()))
                            .collect(Collectors.joining(",")))
                    .append("},\"values\":[");
            double[] values = table.columns().get(series);
            boolean first = true;
            for (int row = 0; row < values.length; row++) {
                if (Double.isNaN(values[row])) {
                    continue;
                }
                json.append(first ? "" : ",").append('[').append(table.times()[row] / 1000).append(",\"")
                        .append(plain(values[row])).append("\"]");
                first = false;
            }
            json.append("]}");
        }
        json.append("\n]}}\n");
        write(file, json.toString());
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
