package dev.aftermath.export;

import dev.aftermath.export.picture.PictureOptions;
import java.nio.file.Path;

/**
 * The user's choices for one export, beyond the format.
 *
 * @param picture the size and theme of a picture export (png, svg)
 * @param withTimelinePicture whether documents (markdown, docx, html) include the timeline picture
 * @param wordTemplate a .docx whose styles the Word export uses, or null for Aftermath's own
 */
public record ExportSettings(PictureOptions picture, boolean withTimelinePicture, Path wordTemplate) {

    public static final ExportSettings DEFAULT = new ExportSettings(PictureOptions.DOCUMENT, true, null);
}
