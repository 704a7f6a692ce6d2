package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.Source;
import java.io.IOException;
import java.util.List;

/** Reading a text source whole, with the checks every text importer needs. */
public final class TextInput {

    /** Text inputs are written by people; anything larger is not a report or a copied page. */
    public static final long LARGEST_TEXT = 32L * 1024 * 1024;

    private TextInput() {
    }

    public static String read(Source source) throws ImportException {
        try {
            if (source.size() > LARGEST_TEXT) {
                throw new ImportException(source.name(), "the file is larger than "
                        + LARGEST_TEXT / (1024 * 1024) + " MB; this is not a text an incident report would be");
            }
            String text = source.readText();
            if (text.isBlank()) {
                throw new ImportException(source.name(), "the file is empty");
            }
            if (looksBinary(text)) {
                throw new ImportException(source.name(), "the file is not text (it holds binary data)");
            }
            return text;
        } catch (IOException failure) {
            throw new ImportException(source.name(), "cannot be read: " + failure.getMessage());
        }
    }

    /**
     * Lines without their line breaks (LF, CRLF or CR). No-break and thin spaces, which copies from web pages are
     * full of, become plain spaces so that every pattern sees one kind of space.
     */
    public static List<String> lines(String text) {
        String spaced = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
        return List.of(spaced.split("\\R", -1));
    }

    /** NUL characters, or many control characters or undecodable bytes, in the first part of the text. */
    public static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 8192);
        int odd = 0;
        for (int index = 0; index < sample; index++) {
            char character = text.charAt(index);
            if (character == '\0') {
                return true;
            }
            if (character == '\uFFFD' || character < 0x20 && character != '\n' && character != '\r'
                    && character != '\t' && character != '\f') {
                odd++;
            }
        }
        return odd > sample / 20 + 1;
    }
}
