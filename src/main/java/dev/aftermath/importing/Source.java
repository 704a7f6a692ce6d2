package dev.aftermath.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Something to import: a file on disk or text the user pasted. Importers read it as a stream (or map the file
 * when they need speed), so a 50 MB export never has to sit in memory twice.
 */
public final class Source {

    private final String name;
    private final Path path;
    private final byte[] content;

    private Source(String name, Path path, byte[] content) {
        this.name = name;
        this.path = path;
        this.content = content;
    }

    public static Source of(Path path) {
        return new Source(path.getFileName() == null ? path.toString() : path.getFileName().toString(), path, null);
    }

    public static Source ofText(String name, String text) {
        return new Source(name, null, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The name used in messages: the file's name, or "pasted text". */
    public String name() {
        return name;
    }

    /** The name's extension in lower case, without the dot ("csv"); empty when the name has none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file, when the source is one; lets an importer map it instead of streaming. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(content);
    }

    /** Up to {@code max} bytes from the start: enough to sniff a format without reading everything. */
    public byte[] head(int max) throws IOException {
        if (content != null) {
            return Arrays.copyOf(content, Math.min(max, content.length));
        }
        try (InputStream in = open()) {
            return in.readNBytes(max);
        }
    }

    /** The beginning decoded as UTF-8 without a byte-order mark; for sniffing text formats. */
    public String headText(int maxBytes) throws IOException {
        String text = new String(head(maxBytes), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The whole source as UTF-8 text without a byte-order mark; for formats that are small by nature. */
    public String readText() throws IOException {
        try (InputStream in = open()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
    }

    public long size() throws IOException {
        return path != null ? Files.size(path) : content.length;
    }
}
