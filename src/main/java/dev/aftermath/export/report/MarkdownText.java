package dev.aftermath.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small Markdown subset the RCA editor offers (paragraphs, bulleted and numbered lists, headings, fenced
 * code, bold, italics, inline code, links) into blocks that the Word and HTML writers lay out. Anything else stays
 * literal text, so nothing a person wrote is lost.
 */
public final class MarkdownText {

    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");

    private MarkdownText() {
    }

    public static List<TextBlock> parse(String markdown) {
        List<TextBlock> blocks = new ArrayList<>();
        BlockBuilder current = null;
        boolean inFence = false;
        for (String line : markdown.split("\\R", -1)) {
            if (line.strip().startsWith("```")) {
                current = flush(blocks, current);
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                blocks.add(new TextBlock(TextBlock.Type.CODE, 0, List.of(new TextSpan(line, false, false, true,
                        null))));
                continue;
            }
            current = readLine(line, blocks, current);
        }
        flush(blocks, current);
        return blocks;
    }

    private static BlockBuilder readLine(String line, List<TextBlock> blocks, BlockBuilder current) {
        Matcher bullet = BULLET.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        Matcher heading = HEADING.matcher(line);
        if (line.isBlank()) {
            return flush(blocks, current);
        }
        if (bullet.matches()) {
            flush(blocks, current);
            return new BlockBuilder(TextBlock.Type.BULLET, 0, bullet.group(1));
        }
        if (numbered.matches()) {
            flush(blocks, current);
            return new BlockBuilder(TextBlock.Type.NUMBERED, Integer.parseInt(numbered.group(1)), numbered.group(2));
        }
        if (heading.matches()) {
            flush(blocks, current);
            blocks.add(new TextBlock(TextBlock.Type.HEADING, 0, inline(heading.group(1))));
            return null;
        }
        if (current == null) {
            return new BlockBuilder(TextBlock.Type.PARAGRAPH, 0, line.strip());
        }
        current.text.append(' ').append(line.strip());
        return current;
    }

    private static BlockBuilder flush(List<TextBlock> blocks, BlockBuilder current) {
        if (current != null) {
            blocks.add(new TextBlock(current.type, current.number, inline(current.text.toString())));
        }
        return null;
    }

    /** Inline Markdown to spans: escapes, code, links, then bold and italic markers that have a closing pair. */
    public static List<TextSpan> inline(String text) {
        List<TextSpan> spans = new ArrayList<>();
        InlineState state = new InlineState();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int consumed = 0;
            if (c == '\\' && i + 1 < text.length() && isPunctuation(text.charAt(i + 1))) {
                run.append(text.charAt(i + 1));
                consumed = 2;
            } else if (c == '`' && text.indexOf('`', i + 1) > i) {
                int close = text.indexOf('`', i + 1);
                emit(spans, run, state);
                spans.add(new TextSpan(text.substring(i + 1, close), state.bold, state.italic, true, null));
                consumed = close + 1 - i;
            } else if (c == '[' || c == '<') {
                consumed = link(text, i, c == '[' ? LINK : AUTOLINK, spans, run, state);
            } else if (text.startsWith("**", i) || text.startsWith("__", i)) {
                consumed = toggle(text, i, 2, spans, run, state);
            } else if ((c == '*' || c == '_') && (c == '*' || wordBoundaryBefore(text, i))) {
                consumed = toggle(text, i, 1, spans, run, state);
            }
            if (consumed == 0) {
                run.append(c);
                consumed = 1;
            }
            i += consumed;
        }
        emit(spans, run, state);
        return spans;
    }

    private static int link(String text, int at, Pattern pattern, List<TextSpan> spans, StringBuilder run,
                            InlineState state) {
        Matcher matcher = pattern.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            return 0;
        }
        emit(spans, run, state);
        String target = pattern == LINK ? matcher.group(2) : matcher.group(1);
        String label = pattern == LINK ? matcher.group(1) : target;
        spans.add(new TextSpan(label.isEmpty() ? target : label, state.bold, state.italic, false, target));
        return matcher.end() - at;
    }

    private static int toggle(String text, int at, int width, List<TextSpan> spans, StringBuilder run,
                              InlineState state) {
        String marker = text.substring(at, at + width);
        boolean opening = width == 2 ? !state.bold : !state.italic;
        if (opening && !hasClosing(text, at + width, marker)) {
            return 0;
        }
        emit(spans, run, state);
        if (width == 2) {
            state.bold = !state.bold;
        } else {
            state.italic = !state.italic;
        }
        return width;
    }

    private static boolean hasClosing(String text, int from, String marker) {
        int close = text.indexOf(marker, from);
        return close > from && !Character.isWhitespace(text.charAt(from));
    }

    private static boolean wordBoundaryBefore(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                || at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private static void emit(List<TextSpan> spans, StringBuilder run, InlineState state) {
        if (run.length() > 0) {
            spans.add(new TextSpan(run.toString(), state.bold, state.italic, false, null));
            run.setLength(0);
        }
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
    }

    private static final class InlineState {
        private boolean bold;
        private boolean italic;
    }

    private static final class BlockBuilder {
        private final TextBlock.Type type;
        private final int number;
        private final StringBuilder text;

        private BlockBuilder(TextBlock.Type type, int number, String text) {
            this.type = type;
            this.number = number;
            this.text = new StringBuilder(text);
        }
    }
}
