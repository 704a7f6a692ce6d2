package dev.aftermath.app.importing;

/**
 * One section of the written review that an import found, as the preview shows it.
 *
 * @param label the section's name ("Went well", "Action items")
 * @param text its text; list sections hold one "• item" line per item
 */
public record ReviewField(String label, String text) {
}
