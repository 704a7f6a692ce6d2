package dev.aftermath.export.docx;

import dev.aftermath.export.report.MarkdownText;
import dev.aftermath.export.report.TextBlock;
import dev.aftermath.export.report.TextSpan;
import dev.aftermath.export.report.WebLinks;
import java.util.List;

/** Writes the review's Markdown as Word paragraphs: real bold, italics, links and code, not literal asterisks. */
final class DocxText {

    private static final String CODE_FONT = "Consolas";

    private final WordXml xml;
    private final DocxStyles styles;
    private final WordRelations relations;

    DocxText(WordXml xml, DocxStyles styles, WordRelations relations) {
        this.xml = xml;
        this.styles = styles;
        this.relations = relations;
    }

    void paragraph(DocxStyles.Role role, String text) {
        xml.startParagraph(styles.id(role));
        if (!text.isEmpty()) {
            xml.run(text, WordXml.RunLook.PLAIN);
        }
        xml.endParagraph();
    }

    void markdown(String markdown) {
        MarkdownText.parse(markdown).forEach(block -> block(block, false));
    }

    /** One list item: its first paragraph carries the bullet, the rest are indented under it. */
    void listItem(String markdown) {
        List<TextBlock> blocks = MarkdownText.parse(markdown);
        for (int i = 0; i < blocks.size(); i++) {
            block(blocks.get(i), i == 0);
        }
    }

    private void block(TextBlock block, boolean bulleted) {
        switch (block.type()) {
            case BULLET -> marker("•");
            case NUMBERED -> marker(block.number() + ".");
            case HEADING -> xml.startParagraph(styles.id(DocxStyles.Role.HEADING_3));
            case CODE -> xml.startParagraph(styles.id(DocxStyles.Role.CODE));
            case PARAGRAPH -> {
                if (bulleted) {
                    marker("•");
                } else {
                    xml.startParagraph(styles.id(DocxStyles.Role.NORMAL));
                }
            }
        }
        if (block.type() == TextBlock.Type.CODE) {
            xml.run(block.plainText(), WordXml.RunLook.PLAIN);
        } else {
            block.spans().forEach(this::span);
        }
        xml.endParagraph();
    }

    private void marker(String marker) {
        xml.startParagraph(styles.id(DocxStyles.Role.LIST_ITEM)).runThenTab(marker);
    }

    private void span(TextSpan span) {
        WordXml.RunLook look = new WordXml.RunLook(span.bold(), span.italic(), span.code() ? CODE_FONT : null);
        if (span.link() != null && WebLinks.isClickable(span.link())) {
            xml.hyperlink(relations.hyperlink(span.link()), styles.id(DocxStyles.Role.HYPERLINK), span.text(), look);
        } else {
            xml.run(span.text(), look);
        }
    }
}
