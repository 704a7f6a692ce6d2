package dev.aftermath.export;

import java.nio.file.Path;

/**
 * How to write an export.
 *
 * @param target the file being written, or null when writing to a stream only (exporters that write files
 *               beside it, such as a picture next to a Markdown file, need it)
 */
public record ExportOptions(Path target) {

    public static final ExportOptions DEFAULT = new ExportOptions(null);
}
