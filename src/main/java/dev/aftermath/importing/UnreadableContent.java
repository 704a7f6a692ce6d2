package dev.aftermath.importing;

import dev.aftermath.importing.pastedtext.TextInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Why no importer recognises a source, when the reason shows before any format is tried: there is nothing in it,
 * or it is not text at all. Either says more than "cannot tell the format".
 */
final class UnreadableContent {

    private static final int PROBE_BYTES = 8192;

    private UnreadableContent() {
    }

    static Optional<String> reason(Source source) throws IOException {
        byte[] head = source.head(PROBE_BYTES);
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.isBlank() && source.size() <= head.length) {
            return Optional.of("the file is empty");
        }
        if (!startsWithUtf16Mark(head) && TextInput.looksBinary(text)) {
            return Optional.of("the file is not text (it holds binary data)");
        }
        return Optional.empty();
    }

    /** UTF-16 text, which spreadsheets on Windows save, is full of NUL bytes and still text. */
    private static boolean startsWithUtf16Mark(byte[] head) {
        return head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    }
}
