package dev.aftermath.export.docx;

import dev.aftermath.export.report.WebLinks;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * A table written as WordprocessingML text. POI's {@code XWPFTable.createRow()} counts every row on each call, and
 * even appending XmlBeans elements costs about a second for 20,000 rows; writing the {@code w:tbl} element as text
 * costs a few milliseconds and stays linear. The document holds a placeholder paragraph that {@link DocxPackage}
 * swaps for this text when it writes the file.
 */
final class DocxTable {

    private static final String HEADER_FILL = "1F3864";
    private static final String BAND_FILL = "F3F5F9";
    private static final String LABEL_FILL = "E8ECF4";
    private static final String BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFC7D5\"/>";
    private static final String RELATIONSHIPS_NAMESPACE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final StringBuilder xml;
    private final long[] widths;
    private int linkColumn = -1;
    private int bodyRows;

    private DocxTable(XWPFDocument document, DocxStyles styles, StringBuilder xml, long[] widths) {
        this.document = document;
        this.styles = styles;
        this.xml = xml;
        this.widths = widths;
    }

    /** A new table at the end of the document; widths in twentieths of a point, summing to the text width. */
    static DocxTable append(XWPFDocument document, DocxStyles styles, DocxPackage slots, long[] widths) {
        DocxTable table = new DocxTable(document, styles, slots.placeholder(document), widths);
        table.start();
        return table;
    }

    /** Cells of this column become clickable when they hold a web address. */
    DocxTable linkColumn(int column) {
        this.linkColumn = column;
        return this;
    }

    /** The header row, repeated at the top of every page the table spans. */
    void headerRow(List<String> cells) {
        xml.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int column = 0; column < cells.size(); column++) {
            xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[column]).append("\" w:type=\"dxa\"/>");
            fill(HEADER_FILL);
            xml.append("</w:tcPr>");
            paragraph(styles.id(DocxStyles.Role.TABLE_HEADING), cells.get(column), false);
            xml.append("</w:tc>");
        }
        xml.append("</w:tr>");
    }

    /** A data row, kept on one page; every other one is shaded so long tables stay readable. */
    void bodyRow(List<String> cells) {
        boolean banded = bodyRows++ % 2 == 1;
        String style = styles.id(DocxStyles.Role.TABLE_TEXT);
        xml.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int column = 0; column < cells.size(); column++) {
            xml.append("<w:tc>");
            if (banded) {
                xml.append("<w:tcPr>");
                fill(BAND_FILL);
                xml.append("</w:tcPr>");
            }
            String value = cells.get(column);
            if (column == linkColumn && WebLinks.isClickable(value)) {
                link(style, value);
            } else {
                paragraph(style, value, false);
            }
            xml.append("</w:tc>");
        }
        xml.append("</w:tr>");
    }

    /** A row of a two-column label/value table, the label bold and shaded. */
    void labelRow(String label, String value) {
        String style = styles.id(DocxStyles.Role.TABLE_TEXT);
        xml.append("<w:tr><w:tc><w:tcPr>");
        fill(LABEL_FILL);
        xml.append("</w:tcPr>");
        paragraph(style, label, true);
        xml.append("</w:tc><w:tc>");
        paragraph(style, value, false);
        xml.append("</w:tc></w:tr>");
    }

    /** Closes the table; nothing may be added after. */
    void finish() {
        xml.append("</w:tbl>");
    }

    private void start() {
        long total = 0;
        for (long width : widths) {
            total += width;
        }
        xml.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            xml.append("<w:").append(side).append(BORDER);
        }
        xml.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
                .append("<w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (long width : widths) {
            xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        xml.append("</w:tblGrid>");
    }

    private void paragraph(String style, String value, boolean bold) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr><w:r>");
        if (bold) {
            xml.append("<w:rPr><w:b/></w:rPr>");
        }
        lines(value);
        xml.append("</w:r></w:p>");
    }

    private void link(String style, String url) {
        String relation = document.getPackagePart()
                .addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr><w:hyperlink xmlns:r=\"")
                .append(RELATIONSHIPS_NAMESPACE).append("\" r:id=\"").append(relation)
                .append("\"><w:r><w:rPr><w:rStyle w:val=\"").append(styles.id(DocxStyles.Role.HYPERLINK))
                .append("\"/></w:rPr>");
        lines(url);
        xml.append("</w:r></w:hyperlink></w:p>");
    }

    /** Line breaks in user text become Word line breaks inside the same cell. */
    private void lines(String value) {
        String text = DocxStrings.clean(value);
        int start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            if (!first) {
                xml.append("<w:br/>");
            }
            first = false;
            textElement(text, start, end);
            start = end + (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private void textElement(String text, int start, int end) {
        boolean preserve = end > start && (Character.isWhitespace(text.charAt(start))
                || Character.isWhitespace(text.charAt(end - 1)));
        xml.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                default -> xml.append(c);
            }
        }
        xml.append("</w:t>");
    }

    private void fill(String color) {
        xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(color).append("\"/>");
    }
}
