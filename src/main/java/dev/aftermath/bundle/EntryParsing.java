package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.TimelineEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/** Reads one timeline entry of a bundle, with its source, post status and provenance. */
final class EntryParsing {

    private final JsonCursor json;

    EntryParsing(JsonCursor json) {
        this.json = json;
    }

    TimelineEntry entry(String path) throws IOException {
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
        String[] doubt = new String[1];
        json.fields(path, (name, fieldPath) -> {
            switch (name) {
                case "file" -> file[0] = json.text(fieldPath);
                case "line" -> line[0] = json.integer(fieldPath);
                case "path" -> jsonPath[0] = json.text(fieldPath);
                case "doubt" -> doubt[0] = json.text(fieldPath);
                default -> json.skip();
            }
        });
        return new Provenance(file[0], line[0], jsonPath[0], doubt[0]);
    }
}
