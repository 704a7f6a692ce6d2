package dev.aftermath.export.docx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the final .docx from what POI saved: swaps each table placeholder paragraph in the body for the table's
 * XML (see {@link DocxTable}), and stamps every ZIP entry with one fixed time, because POI stamps them with the
 * clock and a document that changes with the clock cannot be compared byte for byte.
 */
final class DocxPackage {

    private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final String BODY_PART = "word/document.xml";

    private final Map<String, StringBuilder> tables = new LinkedHashMap<>();

    /**
     * Adds a placeholder paragraph at the end of the body and returns the buffer its table is written into. The
     * placeholder is marked by a style reference, which user text cannot imitate: its {@code <} would be escaped.
     */
    StringBuilder placeholder(XWPFDocument document) {
        String styleId = "AftermathTablePlaceholder" + tables.size();
        document.createParagraph().setStyle(styleId);
        StringBuilder xml = new StringBuilder(4096);
        tables.put("<w:pStyle w:val=\"" + styleId + "\"/>", xml);
        return xml;
    }

    void write(byte[] poiPackage, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(poiPackage));
             ZipOutputStream out = new ZipOutputStream(new KeepOpen(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(STAMP);
                out.putNextEntry(copy);
                if (entry.getName().equals(BODY_PART)) {
                    writeBody(new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private void writeBody(String body, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int copied = 0;
        for (Map.Entry<String, StringBuilder> table : tables.entrySet()) {
            int marker = body.indexOf(table.getKey(), copied);
            if (marker < 0) {
                throw new IOException("the Word body lost a table placeholder");
            }
            int start = Math.max(body.lastIndexOf("<w:p>", marker), body.lastIndexOf("<w:p ", marker));
            int end = body.indexOf("</w:p>", marker) + "</w:p>".length();
            writer.write(body, copied, start - copied);
            writer.append(table.getValue());
            copied = end;
        }
        writer.write(body, copied, body.length() - copied);
        writer.flush();
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
