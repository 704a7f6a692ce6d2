package dev.aftermath.export.html;

/** Builds HTML text; every piece of user text passes through {@link #text} or {@link #attribute}. */
final class HtmlWriter {

    private final StringBuilder html;

    HtmlWriter(int capacity) {
        this.html = new StringBuilder(capacity);
    }

    /** Markup we wrote ourselves; never user text. */
    HtmlWriter raw(String markup) {
        html.append(markup);
        return this;
    }

    /** User text; line breaks become {@code <br>}. */
    HtmlWriter text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> {
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        html.append("<br>");
                    }
                }
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return this;
    }

    HtmlWriter attribute(String value) {
        return text(value.replaceAll("\\R", " "));
    }

    HtmlWriter element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
