package dev.aftermath.export.docx;

import dev.aftermath.export.report.MarkdownText;
import dev.aftermath.export.report.TextBlock;
import dev.aftermath.export.report.TextSpan;
import dev.aftermath.export.report.WebLinks;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;

/** Writes the review's Markdown as Word paragraphs: real bold, italics, links and code, not literal asterisks. */
final class DocxText {

    private static final String CODE_FONT = "Consolas";

    private final XWPFDocument document;
    private final DocxStyles styles;

    DocxText(XWPFDocument document, DocxStyles styles) {
        this.document = document;
        this.styles = styles;
    }

    XWPFParagraph paragraph(DocxStyles.Role role, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styles.id(role));
        if (!text.isEmpty()) {
            paragraph.createRun().setText(DocxStrings.clean(text));
        }
        return paragraph;
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
        XWPFParagraph paragraph = document.createParagraph();
        switch (block.type()) {
            case BULLET -> marker(paragraph, "•");
            case NUMBERED -> marker(paragraph, block.number() + ".");
            case HEADING -> paragraph.setStyle(styles.id(DocxStyles.Role.HEADING_3));
            case CODE -> paragraph.setStyle(styles.id(DocxStyles.Role.CODE));
            case PARAGRAPH -> {
                if (bulleted) {
                    marker(paragraph, "•");
                } else {
                    paragraph.setStyle(styles.id(DocxStyles.Role.NORMAL));
                }
            }
        }
        if (block.type() == TextBlock.Type.CODE) {
            XWPFRun run = paragraph.createRun();
            run.setText(DocxStrings.clean(block.plainText()));
            run.getCTR().getTArray(0).setSpace(SpaceAttribute.Space.PRESERVE);
            return;
        }
        block.spans().forEach(span -> span(paragraph, span));
    }

    private void marker(XWPFParagraph paragraph, String marker) {
        paragraph.setStyle(styles.id(DocxStyles.Role.LIST_ITEM));
        XWPFRun run = paragraph.createRun();
        run.setText(marker);
        run.addTab();
    }

    private void span(XWPFParagraph paragraph, TextSpan span) {
        XWPFRun run;
        if (span.link() != null && WebLinks.isClickable(span.link())) {
            XWPFHyperlinkRun link = paragraph.createHyperlinkRun(span.link());
            link.setStyle(styles.id(DocxStyles.Role.HYPERLINK));
            run = link;
        } else {
            run = paragraph.createRun();
        }
        run.setText(DocxStrings.clean(span.text()));
        if (span.bold()) {
            run.setBold(true);
        }
        if (span.italic()) {
            run.setItalic(true);
        }
        if (span.code()) {
            run.setFontFamily(CODE_FONT);
        }
    }
}
