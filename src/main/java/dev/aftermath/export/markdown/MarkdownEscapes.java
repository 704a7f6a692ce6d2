package dev.aftermath.export.markdown;

/** Escapes user text so Markdown shows it literally: inline text, and table cells that must stay on one row. */
final class MarkdownEscapes {

    private static final String SPECIAL = "\\`*_[]<>|#~&!";

    private MarkdownEscapes() {
    }

    /** For a table cell: line breaks become {@code <br>}, the only HTML we emit. */
    static String cell(String text) {
        return escape(text, "<br>");
    }

    /** For a heading or sentence: line breaks become spaces. */
    static String inline(String text) {
        return escape(text, " ");
    }

    private static String escape(String text, String lineBreak) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append(lineBreak);
                }
            } else if (c == '\n') {
                out.append(lineBreak);
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
