package dev.aftermath.workspace;

/**
 * A format the user may choose for a file.
 *
 * @param id the importer's id, as {@code --format} takes it
 * @param name what menus and the import preview call it
 */
public record ImportFormat(String id, String name) {
}
