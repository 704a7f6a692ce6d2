package dev.aftermath.importing;

/**
 * A line that was skipped or read with doubt. Shown as {@code FILE:LINE: message}.
 *
 * @param line 1-based, or null when the warning is about the whole file
 */
public record ImportWarning(String file, Integer line, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
