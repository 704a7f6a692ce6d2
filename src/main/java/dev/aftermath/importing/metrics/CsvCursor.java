package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportException;

/**
 * Walks CSV fields in a byte buffer without making objects: each {@link #readField()} leaves the field's bytes at
 * {@link #fieldBytes()} between {@link #fieldStart()} and {@link #fieldEnd()}. Quotes are recognised at the start
 * of a field only (RFC 4180); a doubled quote inside is unescaped into a scratch buffer. Lines are counted,
 * including the line breaks inside quoted fields, so that warnings name the line a user sees in an editor.
 */
final class CsvCursor {

    /** Longer lines are not metric exports; refusing them bounds the work on binary or broken input. */
    static final int MAX_LINE_BYTES = 16 << 20;

    private final byte[] buffer;
    private final int end;
    private final byte delimiter;
    private final String file;
    private int position;
    private int line;
    private int rowStart;
    private int rowLine;
    private byte[] fieldBytes;
    private int fieldStart;
    private int fieldEnd;
    private byte[] scratch = new byte[64];

    CsvCursor(byte[] buffer, int start, int end, byte delimiter, String file, int firstLine) {
        this.buffer = buffer;
        this.end = end;
        this.delimiter = delimiter;
        this.file = file;
        this.position = start;
        this.line = firstLine;
        this.rowStart = start;
        this.rowLine = firstLine;
    }

    boolean atEnd() {
        return position >= end;
    }

    /** True when the current row has no characters at all. */
    boolean atBlankRow() {
        return position >= end || buffer[position] == '\n' || buffer[position] == '\r';
    }

    /** The 1-based line on which the current row starts. */
    int rowLine() {
        return rowLine;
    }

    /** Byte offset at which the current row starts. */
    int rowStart() {
        return rowStart;
    }

    byte[] fieldBytes() {
        return fieldBytes;
    }

    int fieldStart() {
        return fieldStart;
    }

    int fieldEnd() {
        return fieldEnd;
    }

    /** Reads the next field of the current row; returns true when another field follows in the same row. */
    boolean readField() {
        int p = position;
        if (p < end && buffer[p] == '"') {
            return readQuoted(p + 1);
        }
        final byte[] bytes = buffer;
        final byte separator = delimiter;
        final int limit = end;
        final int start = p;
        while (p < limit) {
            byte b = bytes[p];
            if (b == separator) {
                setField(bytes, start, p);
                position = p + 1;
                checkRowLength(p);
                return true;
            }
            if (b == '\n' || b == '\r') {
                break;
            }
            p++;
        }
        setField(bytes, start, p);
        position = p;
        checkRowLength(p);
        return false;
    }

    /** Where the next field starts, for parsers that read a field before its end is known. */
    int position() {
        return position;
    }

    /** Whether a field that started at {@link #position()} can end at {@code p}: a delimiter, line break or the end. */
    boolean endsFieldAt(int p) {
        if (p >= end) {
            return true;
        }
        byte b = buffer[p];
        return b == delimiter || b == '\n' || b == '\r';
    }

    /** Completes a field a parser read up to {@code p} (where {@link #endsFieldAt} holds), like {@link #readField}. */
    boolean finishField(int p) {
        checkRowLength(p);
        if (p < end && buffer[p] == delimiter) {
            position = p + 1;
            return true;
        }
        position = p;
        return false;
    }

    /** Skips what is left of the current row's fields, leaving the cursor at the row's line break. */
    void skipRestOfRow() {
        while (readField()) {
            // each call consumes one field
        }
    }

    /** Moves past the line break that ends the current row. */
    void nextRow() {
        int p = position;
        if (p < end && buffer[p] == '\r') {
            p++;
        }
        if (p < end && buffer[p] == '\n') {
            p++;
        }
        position = p;
        line++;
        rowStart = p;
        rowLine = line;
    }

    private boolean readQuoted(int contentStart) {
        int q = contentStart;
        int quoteLine = line;
        boolean escaped = false;
        while (true) {
            if (q >= end || q - contentStart > MAX_LINE_BYTES) {
                throw new ImportException(file, quoteLine, null,
                        "a quoted field is never closed (missing '\"'); the file is truncated or not a CSV file");
            }
            byte b = buffer[q];
            if (b == '"') {
                if (q + 1 < end && buffer[q + 1] == '"') {
                    escaped = true;
                    q += 2;
                    continue;
                }
                break;
            }
            if (b == '\n') {
                line++;
            }
            q++;
        }
        if (escaped) {
            unescape(contentStart, q);
        } else {
            setField(buffer, contentStart, q);
        }
        int p = q + 1;
        while (p < end && buffer[p] != delimiter && buffer[p] != '\n' && buffer[p] != '\r') {
            p++; // text after a closing quote is malformed; ignoring it keeps the row readable
        }
        return finishField(p);
    }

    private void unescape(int from, int to) {
        if (scratch.length < to - from) {
            scratch = new byte[to - from];
        }
        int length = 0;
        for (int i = from; i < to; i++) {
            scratch[length++] = buffer[i];
            if (buffer[i] == '"') {
                i++;
            }
        }
        setField(scratch, 0, length);
    }

    private void setField(byte[] bytes, int start, int stop) {
        fieldBytes = bytes;
        fieldStart = start;
        fieldEnd = stop;
    }

    private void checkRowLength(int p) {
        if (p - rowStart > MAX_LINE_BYTES) {
            throw new ImportException(file, rowLine, null,
                    "the line is longer than " + (MAX_LINE_BYTES >> 20) + " MB; this is not a metrics CSV file");
        }
    }
}
