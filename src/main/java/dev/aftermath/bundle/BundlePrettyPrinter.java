package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Two-space indentation, one field or item per line, except that an array nested directly in an array stays on
 * one line: a metric point reads {@code [1761443910000, 12.5]} and ten million of them stay ten million lines.
 * One instance per generator: it keeps the nesting as it writes.
 */
final class BundlePrettyPrinter implements PrettyPrinter {

    private static final String INDENT = "  ";

    /** One element per open container: true when that container is written on one line. */
    private final Deque<Boolean> inline = new ArrayDeque<>();
    /** Whether each open container is an array, to tell an array nested in an array. */
    private final Deque<Boolean> isArray = new ArrayDeque<>();

    @Override
    public void writeRootValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator generator) throws IOException {
        open(generator, '{', false);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator generator) throws IOException {
        newLine(generator);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        newLine(generator);
    }

    @Override
    public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
        close(generator, '}', entries);
    }

    @Override
    public void writeStartArray(JsonGenerator generator) throws IOException {
        open(generator, '[', true);
    }

    @Override
    public void beforeArrayValues(JsonGenerator generator) throws IOException {
        if (!inline.isEmpty() && !inline.peek()) {
            newLine(generator);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
        generator.writeRaw(',');
        if (inline.peek()) {
            generator.writeRaw(' ');
        } else {
            newLine(generator);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator generator, int values) throws IOException {
        close(generator, ']', values);
    }

    private void open(JsonGenerator generator, char bracket, boolean array) throws IOException {
        boolean nestedInArray = array && !isArray.isEmpty() && isArray.peek();
        boolean oneLine = nestedInArray || (!inline.isEmpty() && inline.peek());
        inline.push(oneLine);
        isArray.push(array);
        generator.writeRaw(bracket);
    }

    private void close(JsonGenerator generator, char bracket, int count) throws IOException {
        boolean wasInline = inline.pop();
        isArray.pop();
        if (count > 0 && !wasInline) {
            newLine(generator);
        }
        generator.writeRaw(bracket);
    }

    private void newLine(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        for (int level = 0; level < inline.size(); level++) {
            generator.writeRaw(INDENT);
        }
    }
}
