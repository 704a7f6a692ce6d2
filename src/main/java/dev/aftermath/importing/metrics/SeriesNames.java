package dev.aftermath.importing.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable series names and units from what exports write as column headings or series names. Prometheus label
 * sets, as Grafana shows them, become {@code http_requests (code=500, job=api)}; a unit in brackets at the end of a
 * heading ({@code latency (ms)}, {@code Requests [1/s]}) becomes the series' unit.
 */
final class SeriesNames {

    private static final Pattern LABEL_SET = Pattern.compile("\\s*([A-Za-z_:][\\w:.]*)?\\s*\\{(.*)}\\s*");
    private static final Pattern LABEL = Pattern.compile("\\s*([\\w.]+)\\s*=~?\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,?");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("(.*\\S)\\s*[(\\[]([^()\\[\\]=\"]{1,16})[)\\]]\\s*");

    private SeriesNames() {
    }

    /** A series' name and unit as read from a heading. */
    record NameAndUnit(String name, String unit) {
    }

    static NameAndUnit fromHeader(String header) {
        String text = header.strip();
        Matcher unit = UNIT_SUFFIX.matcher(text);
        if (unit.matches() && !text.contains("{")) {
            return new NameAndUnit(unit.group(1), unit.group(2).strip());
        }
        return new NameAndUnit(readable(text), "");
    }

    /** A label set written as Grafana and Prometheus write it, made readable; other text unchanged. */
    static String readable(String text) {
        Matcher set = LABEL_SET.matcher(text);
        if (!set.matches()) {
            return text;
        }
        List<String> labels = new ArrayList<>();
        String metric = set.group(1) == null ? "" : set.group(1);
        Matcher label = LABEL.matcher(set.group(2));
        int position = 0;
        while (position < set.group(2).length()) {
            if (!label.find(position) || label.start() != position) {
                return text;
            }
            String value = label.group(2).replace("\\\"", "\"").replace("\\\\", "\\");
            if (label.group(1).equals("__name__")) {
                metric = value;
            } else {
                labels.add(label.group(1) + "=" + value);
            }
            position = label.end();
        }
        return fromLabels(metric, labels);
    }

    /** {@code metric (a=1, b=2)}, or the labels alone when there is no metric name. */
    static String fromLabels(Map<String, String> labelSet) {
        List<String> labels = new ArrayList<>();
        labelSet.forEach((key, value) -> {
            if (!key.equals("__name__")) {
                labels.add(key + "=" + value);
            }
        });
        return fromLabels(labelSet.getOrDefault("__name__", ""), labels);
    }

    private static String fromLabels(String metric, List<String> labels) {
        String joined = String.join(", ", labels);
        if (metric.isEmpty()) {
            return joined.isEmpty() ? "{}" : joined;
        }
        return joined.isEmpty() ? metric : metric + " (" + joined + ")";
    }

    /** Makes names unique in order of appearance: a second "cpu" becomes "cpu #2". */
    static List<String> unique(List<String> names) {
        List<String> result = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String candidate = name;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = name + " #" + n;
            }
            result.add(candidate);
        }
        return result;
    }
}
