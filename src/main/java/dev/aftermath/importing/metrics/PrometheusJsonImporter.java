package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prometheus query results as the HTTP API returns them ({@code /api/v1/query_range}: a matrix). One series per
 * result, named from its label set ({@code http_requests_total (code=500, job=api)}), in one incident without a
 * title. Prometheus leaves out the samples it has none for; a gap longer than twice the series' usual step is
 * marked with a NaN point, so that a chart does not draw a line across it.
 */
public final class PrometheusJsonImporter implements Importer {

    private static final Map<String, String> UNIT_SUFFIXES = Map.of(
            "_seconds", "s", "_milliseconds", "ms", "_bytes", "B", "_percent", "%", "_celsius", "°C");

    @Override
    public String id() {
        return "prometheus-json";
    }

    @Override
    public String displayName() {
        return "Prometheus query result (JSON)";
    }

    @Override
    public boolean canRead(Source source) throws IOException {
        String head = source.headText(4096).stripLeading();
        return head.startsWith("{")
                && (head.contains("\"resultType\"") || (head.contains("\"result\"") && head.contains("\"metric\"")));
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        String file = source.name();
        Warnings warnings = new Warnings(file);
        List<PrometheusSeries> results;
        try (InputStream in = source.open()) {
            results = new PrometheusResponseParser(file, warnings).parse(in);
        } catch (IOException unreadable) {
            throw new ImportException(file, "cannot read the file: " + unreadable.getMessage());
        }
        progress.checkCancelled();
        List<PrometheusSeries> withPoints = results.stream().filter(result -> result.timesMillis().length > 0)
                .toList();
        if (withPoints.isEmpty()) {
            throw new ImportException(file, results.isEmpty() ? "the result holds no series"
                    : "the result's series hold no points");
        }
        List<String> names = SeriesNames.unique(withPoints.stream().map(PrometheusJsonImporter::nameOf).toList());
        List<MetricSeries> series = new ArrayList<>();
        for (int i = 0; i < withPoints.size(); i++) {
            series.add(toSeries(withPoints.get(i), names.get(i)));
        }
        Incident incident = Incident.create("", options.zone()).withSeries(series);
        return new ImportResult(List.of(incident), false, warnings.list());
    }

    private static String nameOf(PrometheusSeries result) {
        String name = SeriesNames.fromLabels(result.labels());
        return name.equals("{}") ? "series " + result.path() : name;
    }

    private static MetricSeries toSeries(PrometheusSeries result, String name) {
        long[] times = result.timesMillis();
        double[] values = result.values();
        double[][] columns = {values};
        long[] sorted = TimeOrder.sort(times, columns, times.length);
        return withGapsMarked(name, unitOf(result.labels().getOrDefault("__name__", "")), sorted, columns[0]);
    }

    private static MetricSeries withGapsMarked(String name, String unit, long[] times, double[] values) {
        long step = usualStep(times);
        if (step <= 0) {
            return new MetricSeries(UUID.randomUUID(), name, unit, times, values);
        }
        long[] markedTimes = new long[times.length * 2];
        double[] markedValues = new double[times.length * 2];
        int size = 0;
        for (int i = 0; i < times.length; i++) {
            if (i > 0 && times[i] - times[i - 1] > 2 * step) {
                markedTimes[size] = times[i - 1] + step;
                markedValues[size++] = Double.NaN;
            }
            markedTimes[size] = times[i];
            markedValues[size++] = values[i];
        }
        return new MetricSeries(UUID.randomUUID(), name, unit, Arrays.copyOf(markedTimes, size),
                Arrays.copyOf(markedValues, size));
    }

    /** The median distance between neighbouring samples, or 0 when there are too few to tell. */
    private static long usualStep(long[] times) {
        if (times.length < 3) {
            return 0;
        }
        long[] steps = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            steps[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** The unit Prometheus' naming conventions put in a metric's name ({@code _seconds}, {@code _bytes}). */
    static String unitOf(String metric) {
        String base = metric.replaceAll("_(total|count|sum|bucket)$", "");
        return UNIT_SUFFIXES.entrySet().stream()
                .filter(suffix -> base.endsWith(suffix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }
}
