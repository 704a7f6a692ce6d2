package dev.aftermath.importing.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.aftermath.importing.ImportException;
import dev.aftermath.work.JsonProblems;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a Prometheus HTTP API response ({@code /api/v1/query_range}, or {@code /api/v1/query}) into
 * {@link PrometheusSeries}: the envelope may be whole or just its {@code data} object. Points go straight into
 * primitive arrays; nesting deeper than any real response is refused, so a hostile file cannot exhaust the stack.
 */
final class PrometheusResponseParser {

    static final int MAX_NESTING_DEPTH = 32;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();

    private final String file;
    private final Warnings warnings;
    private final List<PrometheusSeries> series = new ArrayList<>();
    private String resultType;
    private boolean instantResult;

    PrometheusResponseParser(String file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** The series in the response, in its order. */
    List<PrometheusSeries> parse(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw problem(parser, "expected a JSON object, the response of Prometheus' query_range API");
                }
                readEnvelope(parser);
            } catch (StreamConstraintsException tooDeep) {
                throw problem(parser, "the JSON is nested deeper than " + MAX_NESTING_DEPTH
                        + " levels; this is not a Prometheus response");
            } catch (JsonProcessingException invalid) {
                JsonLocation at = invalid.getLocation() != null ? invalid.getLocation() : parser.currentLocation();
                throw new ImportException(file, at.getLineNr(), at.getColumnNr(),
                        JsonProblems.describe(invalid));
            }
        } catch (IOException unreadable) {
            throw new ImportException(file, "cannot read the file: " + unreadable.getMessage());
        }
        if (resultType != null && !resultType.equals("matrix") && !resultType.equals("vector")) {
            throw new ImportException(file, "the result is a " + resultType + ", which holds no series; export a "
                    + "range query (query_range) instead");
        }
        if (instantResult) {
            warnings.add(null, "this is an instant query result: one point per series. Export a range query "
                    + "(query_range) to get curves");
        }
        return series;
    }

    private void readEnvelope(JsonParser parser) throws IOException {
        String status = null;
        String error = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = next(parser);
            switch (field) {
                case "status" -> status = parser.getValueAsString();
                case "error" -> error = parser.getValueAsString();
                case "data" -> readData(parser, value);
                case "resultType" -> resultType = parser.getValueAsString();
                case "result" -> readResult(parser, value);
                case "warnings", "infos" -> readNotes(parser, value);
                default -> parser.skipChildren();
            }
        }
        if ("error".equals(status)) {
            throw new ImportException(file, "Prometheus answered with an error: " + (error == null ? "" : error));
        }
    }

    private void readData(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            throw problem(parser, "'data' should be an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = next(parser);
            switch (field) {
                case "resultType" -> resultType = parser.getValueAsString();
                case "result" -> readResult(parser, token);
                default -> parser.skipChildren();
            }
        }
    }

    private void readResult(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw problem(parser, "'result' should be an array of series");
        }
        JsonToken token;
        while ((token = next(parser)) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                if (resultType == null) {
                    resultType = "scalar or string";
                }
                parser.skipChildren();
                continue;
            }
            readSeries(parser, "$.data.result[" + series.size() + "]");
        }
    }

    private void readSeries(JsonParser parser, String path) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        PointBuffer points = new PointBuffer();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = next(parser);
            switch (field) {
                case "metric" -> readLabels(parser, token, labels);
                case "values" -> readPoints(parser, token, points, path);
                case "value" -> {
                    instantResult = true;
                    readPoint(parser, token, points, path);
                }
                case "histograms", "histogram" -> {
                    warnings.add(parser.currentLocation().getLineNr(), path + ": native histograms are not read");
                    parser.skipChildren();
                }
                default -> parser.skipChildren();
            }
        }
        series.add(new PrometheusSeries(labels, points.times(), points.values(), path));
    }

    private void readLabels(JsonParser parser, JsonToken token, Map<String, String> labels) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            throw problem(parser, "'metric' should be an object of labels");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            next(parser);
            labels.put(name, parser.getValueAsString(parser.getText()));
            parser.skipChildren();
        }
    }

    private void readPoints(JsonParser parser, JsonToken token, PointBuffer points, String path) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw problem(parser, "'values' should be an array of [time, \"value\"] pairs");
        }
        JsonToken next;
        while ((next = next(parser)) != JsonToken.END_ARRAY) {
            readPoint(parser, next, points, path);
        }
    }

    /** One {@code [1700000000.123, "0.5"]}; an unreadable pair is skipped with a warning. */
    private void readPoint(JsonParser parser, JsonToken token, PointBuffer points, String path) throws IOException {
        int line = parser.currentLocation().getLineNr();
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            warnings.add(line, path + ": skipped a point that is not a [time, value] pair");
            return;
        }
        JsonToken timeToken = next(parser);
        double seconds = timeToken.isNumeric() ? parser.getDoubleValue()
                : timeToken == JsonToken.VALUE_STRING ? parseOrNaN(parser.getText()) : Double.NaN;
        parser.skipChildren();
        JsonToken valueToken = timeToken == JsonToken.END_ARRAY ? JsonToken.END_ARRAY : next(parser);
        String valueText = valueToken == JsonToken.VALUE_STRING ? parser.getText() : null;
        double value = valueText != null ? sampleValue(valueText)
                : valueToken.isNumeric() ? parser.getDoubleValue() : Double.NaN;
        boolean valueRead = valueText != null || valueToken.isNumeric();
        if (valueToken != JsonToken.END_ARRAY) {
            parser.skipChildren();
            while (next(parser) != JsonToken.END_ARRAY) {
                parser.skipChildren();
            }
        }
        if (!Double.isFinite(seconds) || !valueRead || Math.abs(seconds) > 1e13) {
            warnings.add(line, path + ": skipped a point whose time or value cannot be read");
            return;
        }
        if (Double.isNaN(value) && valueText != null && !valueText.equals("NaN")) {
            warnings.add(line, path + ": '" + valueText + "' is not a number; read as a gap");
        }
        points.add(Math.round(seconds * 1000), value);
    }

    /** The next token; the end of the input inside a value is an error, never a null to trip over. */
    private JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw problem(parser, "the JSON ends in the middle of a value; the file is truncated");
        }
        return token;
    }

    /** Prometheus writes sample values as strings so that {@code NaN}, {@code +Inf} and {@code -Inf} fit. */
    static double sampleValue(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> parseOrNaN(text);
        };
    }

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    private void readNotes(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (next(parser) != JsonToken.END_ARRAY) {
            warnings.add(null, "Prometheus noted: " + parser.getText());
            parser.skipChildren();
        }
    }

    private ImportException problem(JsonParser parser, String message) {
        JsonLocation at = parser.currentLocation();
        return new ImportException(file, at.getLineNr(), at.getColumnNr(), message);
    }
}
