package dev.aftermath.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void readsBoldItalicCodeAndLinks() {
        assertEquals(List.of(TextSpan.plain("a "), new TextSpan("b", true, false, false, null),
                        TextSpan.plain(" "), new TextSpan("c", false, true, false, null), TextSpan.plain(" "),
                        new TextSpan("d*e", false, false, true, null), TextSpan.plain(" "),
                        new TextSpan("site", false, false, false, "https://x.example")),
                MarkdownText.inline("a **b** *c* `d*e` [site](https://x.example)"));
    }

    @Test
    void leavesUnpairedMarkersAndSnakeCaseAsText() {
        assertEquals(List.of(TextSpan.plain("5 * 3 and pool_size_max")),
                MarkdownText.inline("5 * 3 and pool_size_max"));
    }

    @Test
    void honoursBackslashEscapes() {
        assertEquals(List.of(TextSpan.plain("*not bold* [x]")), MarkdownText.inline("\\*not bold\\* \\[x\\]"));
    }

    @Test
    void splitsParagraphsListsHeadingsAndFencedCode() {
        List<TextBlock> blocks = MarkdownText.parse("First line\nsame paragraph\n\n- one\n- two\n3. three\n"
                + "### Detail\n```\n  indented code\n```");
        assertEquals(List.of(TextBlock.Type.PARAGRAPH, TextBlock.Type.BULLET, TextBlock.Type.BULLET,
                TextBlock.Type.NUMBERED, TextBlock.Type.HEADING, TextBlock.Type.CODE),
                blocks.stream().map(TextBlock::type).toList());
        assertEquals("First line same paragraph", blocks.get(0).plainText());
        assertEquals(3, blocks.get(3).number());
        assertEquals("  indented code", blocks.get(5).plainText());
    }
}
