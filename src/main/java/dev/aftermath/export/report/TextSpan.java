package dev.aftermath.export.report;

/**
 * A run of inline text with one look.
 *
 * @param link the target when the span is a link, else null
 */
public record TextSpan(String text, boolean bold, boolean italic, boolean code, String link) {

    public static TextSpan plain(String text) {
        return new TextSpan(text, false, false, false, null);
    }
}
