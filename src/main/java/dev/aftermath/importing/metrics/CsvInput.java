package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportException;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file's bytes made ready for the tokenizer: the byte-order mark skipped, UTF-16 (as some Windows tools save)
 * re-encoded as UTF-8, binary files refused, and a leading {@code sep=;} line (Excel's hint, written by Grafana's
 * "Download for Excel") read as the delimiter.
 *
 * @param delimiter from the {@code sep=} line, or 0 when it has to be sniffed
 * @param firstLine the 1-based line at {@code start}
 */
record CsvInput(byte[] bytes, int start, byte delimiter, int firstLine) {

    private static final int BINARY_PROBE_BYTES = 8192;

    static CsvInput of(byte[] raw, String file) {
        byte[] bytes = utf8(raw);
        int start = hasUtf8Mark(bytes) ? 3 : 0;
        refuseBinary(bytes, start, file);
        if (bytes.length - start >= 5 && startsWithSep(bytes, start)) {
            byte delimiter = bytes[start + 4];
            int p = start + 5;
            while (p < bytes.length && bytes[p] != '\n') {
                p++;
            }
            return new CsvInput(bytes, Math.min(p + 1, bytes.length), delimiter, 2);
        }
        return new CsvInput(bytes, start, (byte) 0, 1);
    }

    private static boolean startsWithSep(byte[] bytes, int start) {
        return (bytes[start] | 0x20) == 's' && (bytes[start + 1] | 0x20) == 'e' && (bytes[start + 2] | 0x20) == 'p'
                && bytes[start + 3] == '=' && bytes[start + 4] != '\n' && bytes[start + 4] != '\r';
    }

    private static boolean hasUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    private static byte[] utf8(byte[] raw) {
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
            return new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16BE).getBytes(StandardCharsets.UTF_8);
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xFE) {
            return new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16LE).getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }

    private static void refuseBinary(byte[] bytes, int start, String file) {
        int probeEnd = Math.min(bytes.length, start + BINARY_PROBE_BYTES);
        int control = 0;
        for (int i = start; i < probeEnd; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw binary(file);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                control++;
            }
        }
        if (control * 100 > Math.max(1, probeEnd - start)) {
            throw binary(file);
        }
    }

    private static ImportException binary(String file) {
        return new ImportException(file, "this is a binary file, not CSV text");
    }
}
