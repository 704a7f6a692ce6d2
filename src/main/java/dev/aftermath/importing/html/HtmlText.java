package dev.aftermath.importing.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the small HTML of status-page posts into plain text: tags removed, entities decoded, {@code <br>} and
 * paragraph ends kept as line breaks.
 *
 * <p>Line breaks already in the text are kept too, because Statuspage bodies are plain text whose {@code \r\n}
 * the page renders as breaks. A {@code <} that cannot start a tag ({@code latency < 5 ms}) stays text. Entities
 * are decoded once, after tags are gone, so an escaped tag ({@code &lt;b&gt;}) comes out as visible text rather
 * than being stripped.
 */
public final class HtmlText {

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "table", "blockquote", "pre", "section", "article", "header", "footer");
    private static final Set<String> LINE_TAGS = Set.of("br", "tr", "hr", "dt", "dd");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Set<String> SKIPPED_CONTENT_TAGS = Set.of("script", "style", "head", "title");

    private HtmlText() {
    }

    public static String toPlainText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        return normaliseWhitespace(HtmlEntities.decode(stripTags(html)));
    }

    private static String stripTags(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<' || !startsMarkup(html, i)) {
                out.append(c);
                i++;
            } else if (html.startsWith("<!--", i)) {
                i = skipPast(html, i, "-->");
            } else {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    out.append(html, i, html.length());
                    break;
                }
                String name = tagName(html, i + 1, close);
                boolean closing = html.charAt(i + 1) == '/';
                out.append(breakFor(name, closing));
                i = !closing && SKIPPED_CONTENT_TAGS.contains(name)
                        ? skipPast(html, close, "</" + name)
                        : close + 1;
            }
        }
        return out.toString();
    }

    private static boolean startsMarkup(String html, int at) {
        if (at + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(at + 1);
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    private static int skipPast(String html, int from, String end) {
        int found = indexOfIgnoringCase(html, end, from);
        if (found < 0) {
            return html.length();
        }
        int close = html.indexOf('>', found);
        return close < 0 ? html.length() : close + 1;
    }

    private static int indexOfIgnoringCase(String text, String wanted, int from) {
        for (int at = from; at <= text.length() - wanted.length(); at++) {
            if (text.regionMatches(true, at, wanted, 0, wanted.length())) {
                return at;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int start = from < to && html.charAt(from) == '/' ? from + 1 : from;
        int end = start;
        while (end < to && (Character.isLetterOrDigit(html.charAt(end)))) {
            end++;
        }
        return html.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String breakFor(String tag, boolean closing) {
        if (PARAGRAPH_TAGS.contains(tag)) {
            return "\n\n";
        }
        if (LINE_TAGS.contains(tag)) {
            return "\n";
        }
        if (tag.equals("li")) {
            return closing ? "" : "\n- ";
        }
        if (tag.equals("td") || tag.equals("th")) {
            return " ";
        }
        return "";
    }

    /** Spaces collapse within a line, lines are trimmed, and at most one blank line separates paragraphs. */
    private static String normaliseWhitespace(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int pendingBreaks = 0;
        for (String line : lines) {
            String clean = SPACES.matcher(line).replaceAll(" ").strip();
            if (clean.isEmpty()) {
                pendingBreaks++;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBreaks > 0 ? "\n\n" : "\n");
            }
            out.append(clean);
            pendingBreaks = 0;
        }
        return out.toString();
    }
}
