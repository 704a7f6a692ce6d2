package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
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

    private final JsonCursor json;
    private final EntryParsing entries;
    private final SeriesParsing series;
    private final RcaParsing rca;

    private String format;
    private Integer version;
    private Incident incident;

    BundleParsing(JsonParser parser, String file, long size, Progress progress) {
        this.json = new JsonCursor(parser, file);
        this.entries = new EntryParsing(json);
        this.series = new SeriesParsing(json, size, progress);
        this.rca = new RcaParsing(json);
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
                case "entries" -> json.items(fieldPath, (index, itemPath) -> fields.entries.add(entries.entry(itemPath)));
                case "pinnedMilestones" -> fields.pins = pins(fieldPath);
                case "series" -> json.items(fieldPath, (index, itemPath) -> fields.series.add(series.series(itemPath)));
                case "rca" -> fields.rca = rca.rca(fieldPath);
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

}
