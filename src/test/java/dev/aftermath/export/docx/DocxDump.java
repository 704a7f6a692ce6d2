package dev.aftermath.export.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFieldRun;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word file as text a reviewer can diff: header and footer (fields shown as {PAGE}), picture count, then every
 * paragraph with its style's name and every table row by row, with whether its first row repeats on each page.
 */
final class DocxDump {

    private DocxDump() {
    }

    static String of(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder dump = new StringBuilder();
            for (XWPFHeader header : document.getHeaderList()) {
                header.getParagraphs().forEach(p -> dump.append("header: ").append(text(p)).append('\n'));
            }
            for (XWPFFooter footer : document.getFooterList()) {
                footer.getParagraphs().forEach(p -> dump.append("footer: ").append(text(p)).append('\n'));
            }
            dump.append("pictures: ").append(document.getAllPictures().size()).append("\n\n");
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    dump.append('[').append(styleName(document, paragraph.getStyleID())).append("] ")
                            .append(text(paragraph)).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(dump, table);
                }
            }
            return dump.toString();
        }
    }

    private static void table(StringBuilder dump, XWPFTable table) {
        boolean repeats = !table.getRows().isEmpty() && table.getRow(0).isRepeatHeader();
        dump.append("table").append(repeats ? " (header row repeats)" : "").append('\n');
        for (XWPFTableRow row : table.getRows()) {
            dump.append('|');
            for (XWPFTableCell cell : row.getTableCells()) {
                dump.append(' ').append(cell.getText().replace("\n", "⏎")).append(" |");
            }
            dump.append('\n');
        }
    }

    private static String text(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (XWPFRun run : paragraph.getRuns()) {
            text.append(run instanceof XWPFFieldRun field ? "{" + field.getFieldInstruction() + "}" : run.text());
        }
        return text.toString().replace("\n", "⏎");
    }

    private static String styleName(XWPFDocument document, String styleId) {
        XWPFStyle style = styleId == null ? null : document.getStyles().getStyle(styleId);
        return style == null ? String.valueOf(styleId) : style.getName();
    }
}
