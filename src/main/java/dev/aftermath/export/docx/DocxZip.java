package dev.aftermath.export.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP container of a .docx, with one fixed time on every entry: a document that changes with the clock cannot
 * be compared byte for byte.
 */
final class DocxZip implements AutoCloseable {

    private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    /** Writes into {@code target} and leaves it open: the caller owns it. */
    DocxZip(OutputStream target) {
        this.zip = new ZipOutputStream(new KeepOpen(target));
    }

    /** Starts an entry; what is written to the returned stream until the next entry is its content. */
    OutputStream entry(String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(STAMP);
        zip.putNextEntry(entry);
        return new KeepOpen(zip);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A stream whose close only flushes, so that closing a writer over it leaves the ZIP open. */
    private static final class KeepOpen extends FilterOutputStream {

        private KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
