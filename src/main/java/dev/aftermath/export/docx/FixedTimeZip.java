package dev.aftermath.export.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a .docx package with every entry stamped at one fixed time. POI stamps entries with the clock, and a
 * document that changes with the clock cannot be compared byte for byte.
 */
final class FixedTimeZip {

    private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

    private FixedTimeZip() {
    }

    static void copy(byte[] zip, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(new KeepOpen(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /** The caller owns the target stream; closing the ZIP writer must only flush it. */
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
