package dev.aftermath.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Lets a library that closes what it writes to (Jackson) write to standard output without closing it. */
final class NonClosingWriter extends FilterWriter {

    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
