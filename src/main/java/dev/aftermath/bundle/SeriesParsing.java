package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.util.UUID;

/** Reads one metric series of a bundle, streaming its points into primitive arrays and reporting progress. */
final class SeriesParsing {

    private static final int POINTS_PER_PROGRESS_STEP = 1 << 16;

    private final JsonCursor json;
    private final long size;
    private final Progress progress;

    SeriesParsing(JsonCursor json, long size, Progress progress) {
        this.json = json;
        this.size = size;
        this.progress = progress;
    }

    MetricSeries series(String path) throws IOException {
        JsonLocation start = json.location();
        UUID[] id = new UUID[1];
        String[] name = new String[1];
        String[] unit = new String[1];
        Double[] threshold = new Double[1];
        PointBuffer[] points = {new PointBuffer(0)};
        json.fields(path, (field, fieldPath) -> {
            switch (field) {
                case "id" -> id[0] = json.uuid(fieldPath);
                case "name" -> name[0] = json.text(fieldPath);
                case "unit" -> unit[0] = json.text(fieldPath);
                case "threshold" -> threshold[0] = json.number(fieldPath);
                case "points" -> points[0] = points(fieldPath);
                default -> json.skip();
            }
        });
        if (id[0] == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        return new MetricSeries(id[0], name[0], unit[0], points[0].timestamps(), points[0].values(), threshold[0]);
    }

    private PointBuffer points(String path) throws IOException {
        PointBuffer points = new PointBuffer(1024);
        json.items(path, (index, itemPath) -> {
            json.expect(JsonToken.START_ARRAY, itemPath, "a point [epoch milliseconds, value]");
            if (json.next() != JsonToken.VALUE_NUMBER_INT) {
                throw json.fail(itemPath, "expected whole epoch milliseconds, found "
                        + JsonCursor.describe(json.current()));
            }
            long timestamp = json.parser().getLongValue();
            json.next();
            double value = pointValue(itemPath);
            if (json.next() != JsonToken.END_ARRAY) {
                throw json.fail(itemPath, "a point has two items: [epoch milliseconds, value]");
            }
            points.add(timestamp, value);
            if (index % POINTS_PER_PROGRESS_STEP == 0) {
                progress.checkCancelled();
                progress.worked(json.parser().currentLocation().getByteOffset(), size);
            }
        });
        return points;
    }

    private double pointValue(String path) throws IOException {
        JsonToken token = json.current();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return json.parser().getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return Double.NaN;
        }
        if (token == JsonToken.VALUE_STRING) {
            switch (json.parser().getText()) {
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw json.fail(path, "a point's value is a number, null (a gap), \"Infinity\" or \"-Infinity\"; found "
                + JsonCursor.describe(token));
    }
}
