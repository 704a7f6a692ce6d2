package dev.aftermath.importing.feed;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of a feed file. We decode them ourselves rather than letting the XML parser do it, because the
 * JDK's parser prints "[Fatal Error]" lines to the console on a bad byte; decoding here lets a stray bad byte
 * become a replacement character and a warning instead.
 *
 * @param badBytesReplaced true when some bytes were not valid in the file's encoding
 */
record FeedText(String text, Charset charset, boolean badBytesReplaced) {

    /** Far above any status page's history feed; stops a wrong file from filling the memory. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    static FeedText read(Source source) throws ImportException {
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException unreadable) {
            throw new ImportException(source.name(), "cannot be read: " + unreadable.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source.name(), "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB, far more than any status-page feed");
        }
        return decode(bytes);
    }

    static FeedText decode(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        try {
            return new FeedText(withoutByteOrderMark(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()), charset, false);
        } catch (CharacterCodingException badBytes) {
            return new FeedText(withoutByteOrderMark(new String(bytes, charset)), charset, true);
        }
    }

    private static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            Charset named = Charset.forName(declared.group(1));
            return named.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : named;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] bytes, int first, int second) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == first && (bytes[1] & 0xFF) == second;
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
