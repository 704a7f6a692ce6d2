package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A streaming parser with typed reads that name the field path in their errors ({@code incident.entries[3].at}).
 * Every read starts on the value's first token and leaves the parser on its last one.
 */
final class JsonCursor {

    /** Reads one field's value; the parser is on the value's first token. */
    interface FieldReader {
        void read(String name, String path) throws IOException;
    }

    /** Reads one array item; the parser is on the item's first token. */
    interface ItemReader {
        void read(int index, String path) throws IOException;
    }

    private final JsonParser parser;
    private final String file;

    JsonCursor(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    JsonParser parser() {
        return parser;
    }

    JsonToken next() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw BundleReader.at(file, parser.currentLocation(), BundleReader.TRUNCATED);
        }
        return token;
    }

    JsonToken current() {
        return parser.currentToken();
    }

    JsonLocation location() {
        return parser.currentTokenLocation();
    }

    BundleException fail(String path, String problem) {
        return failAt(location(), path, problem);
    }

    BundleException failAt(JsonLocation location, String path, String problem) {
        return BundleReader.at(file, location, path.isEmpty() ? problem : path + ": " + problem);
    }

    /** Walks an object's fields; the handler must consume each value (or call {@link #skip()}). */
    void fields(String path, FieldReader reader) throws IOException {
        expect(JsonToken.START_OBJECT, path, "an object");
        while (next() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            next();
            reader.read(name, path.isEmpty() ? name : path + "." + name);
        }
    }

    /** Walks an array's items; null counts as an empty array. */
    void items(String path, ItemReader reader) throws IOException {
        if (current() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(JsonToken.START_ARRAY, path, "an array");
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            reader.read(index, path + "[" + index + "]");
            index++;
        }
    }

    void skip() throws IOException {
        parser.skipChildren();
    }

    void expect(JsonToken token, String path, String what) {
        if (current() != token) {
            throw fail(path, "expected " + what + ", found " + describe(current()));
        }
    }

    String text(String path) throws IOException {
        JsonToken token = current();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw fail(path, "expected a string, found " + describe(token));
        }
        return parser.getText();
    }

    String requiredText(String path) throws IOException {
        String text = text(path);
        if (text == null) {
            throw fail(path, "must not be null");
        }
        return text;
    }

    boolean flag(String path) throws IOException {
        JsonToken token = current();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (!token.isBoolean()) {
            throw fail(path, "expected true or false, found " + describe(token));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    Integer integer(String path) throws IOException {
        JsonToken token = current();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw fail(path, "expected a whole number, found " + describe(token));
        }
        return parser.getIntValue();
    }

    /** A finite number, or null. */
    Double number(String path) throws IOException {
        JsonToken token = current();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(path, "expected a number, found " + describe(token));
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            throw fail(path, "expected a finite number, found " + parser.getText());
        }
        return value;
    }

    UUID uuid(String path) throws IOException {
        String text = requiredText(path);
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw fail(path, quote(text) + " is not a UUID (such as 3f2c9a4e-8b1d-4c5e-9f7a-2b6d8e1c0a35)");
    }

    Instant instant(String path) throws IOException {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            throw fail(path, quote(text) + " is not an ISO-8601 instant (such as 2025-10-26T01:58:30Z)");
        }
    }

    LocalDate date(String path) throws IOException {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(path, quote(text) + " is not an ISO-8601 date (such as 2025-11-30)");
        }
    }

    ZoneId zone(String path) throws IOException {
        String text = text(path);
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw fail(path, quote(text) + " is not a time zone (such as Europe/Paris or UTC)");
        }
    }

    <E extends Enum<E>> E enumValue(String path, Class<E> type) throws IOException {
        String text = text(path);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw fail(path, quote(text) + " is not one of " + Arrays.toString(type.getEnumConstants()));
    }

    List<String> strings(String path) throws IOException {
        List<String> strings = new ArrayList<>();
        items(path, (index, itemPath) -> strings.add(requiredText(itemPath)));
        return strings;
    }

    static String quote(String text) {
        return "'" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "'";
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
