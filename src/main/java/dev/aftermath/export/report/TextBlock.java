package dev.aftermath.export.report;

import java.util.List;

/**
 * One block of a Markdown text: a paragraph, a list item, a small heading or a code line group.
 *
 * @param number the item's number for NUMBERED items, else 0
 */
public record TextBlock(Type type, int number, List<TextSpan> spans) {

    public enum Type {
        PARAGRAPH, BULLET, NUMBERED, HEADING, CODE
    }

    public TextBlock {
        spans = List.copyOf(spans);
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
