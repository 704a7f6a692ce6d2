package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Priority;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One reading of one bundle: the format's structure, field by field, over a {@link JsonCursor}. */
final class BundleParsing {

    private static final int POINTS_PER_PROGRESS_STEP = 1 << 16;

    private final JsonCursor json;
    private final String file;
    private final long size;
    private final Progress progress;

    private String format;
    private Integer version;
    private Incident incident;

    BundleParsing(JsonParser parser, String file, long size, Progress progress) {
        this.json = new JsonCursor(parser, file);
        this.file = file;
        this.size = size;
        this.progress = progress;
    }

    Incident bundle() throws IOException {
        json.next();
        JsonLocation start = json.location();
        if (json.current() != JsonToken.START_OBJECT) {
            throw notABundle(start);
        }
        json.fields("", (name, path) -> {
            switch (name) {
                case "format" -> {
                    format = json.text(path);
                    checkFormat(start);
                }
                case "version" -> {
                    version = json.integer(path);
                    checkVersion(path);
                }
                case "incident" -> incident = incident(path);
                default -> json.skip();
            }
        });
        if (json.parser().nextToken() != null) {
            throw json.fail("", "unexpected content after the end of the bundle");
        }
        checkFormat(start);
        if (version == null) {
            throw json.failAt(start, "", "no \"version\" field; a bundle starts with \"format\" and \"version\"");
        }
        if (incident == null) {
            throw json.failAt(start, "", "no \"incident\" field");
        }
        return incident;
    }

    private void checkFormat(JsonLocation start) {
        if (format == null) {
            throw notABundle(start);
        }
        if (!format.equals(BundleFormat.FORMAT)) {
            throw json.failAt(start, "", "not an Aftermath incident file: its format is " + JsonCursor.quote(format)
                    + ", expected '" + BundleFormat.FORMAT + "'");
        }
    }

    private BundleException notABundle(JsonLocation start) {
        return json.failAt(start, "", "not an Aftermath incident file: it needs an object with \"format\": \""
                + BundleFormat.FORMAT + "\"");
    }

    private void checkVersion(String path) {
        if (version == null || version < 1) {
            throw json.fail(path, "expected a version number of 1 or more, found " + version);
        }
        if (version > BundleFormat.VERSION) {
            throw json.fail(path, "written by a newer Aftermath (bundle version " + version
                    + "); this version reads version " + BundleFormat.VERSION);
        }
    }

    private Incident incident(String path) throws IOException {
        JsonLocation start = json.location();
        IncidentFields fields = new IncidentFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "id" -> fields.id = json.uuid(fieldPath);
                case "title" -> fields.title = json.text(fieldPath);
                case "severity" -> fields.severity = json.enumValue(fieldPath, Severity.class);
                case "status" -> fields.status = json.enumValue(fieldPath, ReviewStatus.class);
                case "zone" -> fields.zone = json.zone(fieldPath);
                case "affected" -> fields.affected = json.strings(fieldPath);
                case "entries" -> json.items(fieldPath, (index, itemPath) -> fields.entries.add(entry(itemPath)));
                case "pinnedMilestones" -> fields.pins = pins(fieldPath);
                case "series" -> json.items(fieldPath, (index, itemPath) -> fields.series.add(series(itemPath)));
                case "rca" -> fields.rca = rca(fieldPath);
                default -> json.skip();
            }
        });
        if (fields.id == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        return new Incident(fields.id, fields.title, fields.severity, fields.status, fields.zone, fields.affected,
                fields.entries, fields.series, fields.rca, fields.pins);
    }

    private static final class IncidentFields {
        UUID id;
        String title;
        Severity severity;
        ReviewStatus status;
        ZoneId zone;
        List<String> affected = List.of();
        final List<TimelineEntry> entries = new ArrayList<>();
        Map<Milestone, Instant> pins = Map.of();
        final List<MetricSeries> series = new ArrayList<>();
        RcaDocument rca = RcaDocument.EMPTY;
    }

    private Map<Milestone, Instant> pins(String path) throws IOException {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        if (json.current() == JsonToken.VALUE_NULL) {
            return pins;
        }
        json.fields(path, (name, fieldPath) -> {
            Milestone milestone = Arrays.stream(Milestone.values()).filter(m -> m.name().equals(name)).findFirst()
                    .orElseThrow(() -> json.fail(fieldPath, "not a milestone; expected one of "
                            + Arrays.toString(Milestone.values())));
            Instant at = json.instant(fieldPath);
            if (at == null) {
                throw json.fail(fieldPath, "must be an instant; leave the milestone out to unpin it");
            }
            pins.put(milestone, at);
        });
        return pins;
    }

    private TimelineEntry entry(String path) throws IOException {
        JsonLocation start = json.location();
        EntryFields fields = new EntryFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "id" -> fields.id = json.uuid(fieldPath);
                case "at" -> fields.at = json.instant(fieldPath);
                case "end" -> fields.end = json.instant(fieldPath);
                case "kind" -> fields.kind = json.enumValue(fieldPath, EntryKind.class);
                case "text" -> fields.text = json.text(fieldPath);
                case "source" -> fields.source = source(fieldPath);
                case "status" -> fields.status = postStatus(fieldPath);
                case "approximate" -> fields.approximate = json.flag(fieldPath);
                case "pinned" -> fields.pinned = json.flag(fieldPath);
                case "provenance" -> fields.provenance = provenance(fieldPath);
                default -> json.skip();
            }
        });
        if (fields.id == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        if (fields.at == null) {
            throw json.failAt(start, path, "no \"at\": every entry needs its instant");
        }
        return new TimelineEntry(fields.id, fields.at, fields.end, fields.kind, fields.text,
                fields.source == null ? EntrySource.BUNDLE : fields.source, fields.provenance, fields.status,
                fields.approximate, fields.pinned);
    }

    private static final class EntryFields {
        UUID id;
        Instant at;
        Instant end;
        EntryKind kind;
        String text;
        EntrySource source;
        PostStatus status;
        boolean approximate;
        boolean pinned;
        Provenance provenance;
    }

    private EntrySource source(String path) throws IOException {
        String name = json.text(path);
        if (name == null) {
            return null;
        }
        return EntrySource.fromExternalName(name).orElseThrow(() -> json.fail(path, JsonCursor.quote(name)
                + " is not a source; expected one of " + externalNames(EntrySource.values())));
    }

    private PostStatus postStatus(String path) throws IOException {
        String name = json.text(path);
        if (name == null) {
            return null;
        }
        return PostStatus.fromExternalName(name).orElseThrow(() -> json.fail(path, JsonCursor.quote(name)
                + " is not a post status; expected one of " + externalNames(PostStatus.values())));
    }

    private static String externalNames(EntrySource[] sources) {
        return Arrays.stream(sources).map(EntrySource::externalName).toList().toString();
    }

    private static String externalNames(PostStatus[] statuses) {
        return Arrays.stream(statuses).map(PostStatus::externalName).toList().toString();
    }

    private Provenance provenance(String path) throws IOException {
        if (json.current() == JsonToken.VALUE_NULL) {
            return null;
        }
        String[] file = new String[1];
        Integer[] line = new Integer[1];
        String[] jsonPath = new String[1];
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "file" -> file[0] = json.text(fieldPath);
                case "line" -> line[0] = json.integer(fieldPath);
                case "path" -> jsonPath[0] = json.text(fieldPath);
                default -> json.skip();
            }
        });
        return new Provenance(file[0], line[0], jsonPath[0]);
    }

    private MetricSeries series(String path) throws IOException {
        JsonLocation start = json.location();
        UUID[] id = new UUID[1];
        String[] name = new String[1];
        String[] unit = new String[1];
        PointBuffer[] points = {new PointBuffer(0)};
        json.fields(path, (field, fieldPath) -> {
            switch (field) {
                case "id" -> id[0] = json.uuid(fieldPath);
                case "name" -> name[0] = json.text(fieldPath);
                case "unit" -> unit[0] = json.text(fieldPath);
                case "points" -> points[0] = points(fieldPath);
                default -> json.skip();
            }
        });
        if (id[0] == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        return new MetricSeries(id[0], name[0], unit[0], points[0].timestamps(), points[0].values());
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

    private RcaDocument rca(String path) throws IOException {
        if (json.current() == JsonToken.VALUE_NULL) {
            return RcaDocument.EMPTY;
        }
        RcaFields fields = new RcaFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "summary" -> fields.summary = json.text(fieldPath);
                case "impact" -> fields.impact = json.text(fieldPath);
                case "rootCause" -> fields.rootCause = json.text(fieldPath);
                case "contributingFactors" -> fields.contributingFactors = json.strings(fieldPath);
                case "wentWell" -> fields.wentWell = json.strings(fieldPath);
                case "couldBeBetter" -> fields.couldBeBetter = json.strings(fieldPath);
                case "gotLucky" -> fields.gotLucky = json.strings(fieldPath);
                case "lessons" -> fields.lessons = json.strings(fieldPath);
                case "actionItems" -> json.items(fieldPath,
                        (index, itemPath) -> fields.actionItems.add(actionItem(itemPath)));
                default -> json.skip();
            }
        });
        return new RcaDocument(fields.summary, fields.impact, fields.rootCause, fields.contributingFactors,
                fields.wentWell, fields.couldBeBetter, fields.gotLucky, fields.lessons, fields.actionItems);
    }

    private static final class RcaFields {
        String summary;
        String impact;
        String rootCause;
        List<String> contributingFactors;
        List<String> wentWell;
        List<String> couldBeBetter;
        List<String> gotLucky;
        List<String> lessons;
        final List<ActionItem> actionItems = new ArrayList<>();
    }

    private ActionItem actionItem(String path) throws IOException {
        JsonLocation start = json.location();
        ActionFields fields = new ActionFields();
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "id" -> fields.id = json.uuid(fieldPath);
                case "text" -> fields.text = json.text(fieldPath);
                case "owner" -> fields.owner = json.text(fieldPath);
                case "priority" -> fields.priority = json.enumValue(fieldPath, Priority.class);
                case "due" -> fields.due = json.date(fieldPath);
                case "status" -> fields.status = json.enumValue(fieldPath, ActionStatus.class);
                case "type" -> fields.type = json.enumValue(fieldPath, ActionType.class);
                case "link" -> fields.link = json.text(fieldPath);
                default -> json.skip();
            }
        });
        if (fields.id == null) {
            throw json.failAt(start, path, "no \"id\"");
        }
        return new ActionItem(fields.id, fields.text, fields.owner, fields.priority, fields.due, fields.status,
                fields.type, fields.link);
    }

    private static final class ActionFields {
        UUID id;
        String text;
        String owner;
        Priority priority;
        java.time.LocalDate due;
        ActionStatus status;
        ActionType type;
        String link;
    }
}
