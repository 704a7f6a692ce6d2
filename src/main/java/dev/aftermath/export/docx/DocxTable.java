package dev.aftermath.export.docx;

import dev.aftermath.export.report.WebLinks;
import java.util.List;

/**
 * A table written as WordprocessingML text. POI's {@code XWPFTable.createRow()} counts every row on each call, and
 * even appending XmlBeans elements costs about a second for 20,000 rows; text costs a few milliseconds and stays
 * linear.
 */
final class DocxTable {

    private static final String HEADER_FILL = "1F3864";
    private static final String BAND_FILL = "F3F5F9";
    private static final String LABEL_FILL = "E8ECF4";
    private static final String BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BFC7D5\"/>";

    private final WordXml xml;
    private final DocxStyles styles;
    private final WordRelations relations;
    private final long[] widths;
    private int linkColumn = -1;
    private int bodyRows;

    private DocxTable(WordXml xml, DocxStyles styles, WordRelations relations, long[] widths) {
        this.xml = xml;
        this.styles = styles;
        this.relations = relations;
        this.widths = widths;
    }

    /** A new table at the end of the body; widths in twentieths of a point, summing to the text width. */
    static DocxTable append(WordXml xml, DocxStyles styles, WordRelations relations, long[] widths) {
        DocxTable table = new DocxTable(xml, styles, relations, widths);
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
        xml.raw("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
        for (int column = 0; column < cells.size(); column++) {
            xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"").raw(Long.toString(widths[column])).raw("\" w:type=\"dxa\"/>");
            fill(HEADER_FILL);
            xml.raw("</w:tcPr>");
            cell(styles.id(DocxStyles.Role.TABLE_HEADING), cells.get(column), WordXml.RunLook.PLAIN);
            xml.raw("</w:tc>");
        }
        xml.raw("</w:tr>");
    }

    /** A data row, kept on one page; every other one is shaded so long tables stay readable. */
    void bodyRow(List<String> cells) {
        boolean banded = bodyRows++ % 2 == 1;
        String style = styles.id(DocxStyles.Role.TABLE_TEXT);
        xml.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int column = 0; column < cells.size(); column++) {
            xml.raw("<w:tc>");
            if (banded) {
                xml.raw("<w:tcPr>");
                fill(BAND_FILL);
                xml.raw("</w:tcPr>");
            }
            String value = cells.get(column);
            if (column == linkColumn && WebLinks.isClickable(value)) {
                xml.startParagraph(style)
                        .hyperlink(relations.hyperlink(value), styles.id(DocxStyles.Role.HYPERLINK), value,
                                WordXml.RunLook.PLAIN)
                        .endParagraph();
            } else {
                cell(style, value, WordXml.RunLook.PLAIN);
            }
            xml.raw("</w:tc>");
        }
        xml.raw("</w:tr>");
    }

    /** A row of a two-column label/value table, the label bold and shaded. */
    void labelRow(String label, String value) {
        String style = styles.id(DocxStyles.Role.TABLE_TEXT);
        xml.raw("<w:tr><w:tc><w:tcPr>");
        fill(LABEL_FILL);
        xml.raw("</w:tcPr>");
        cell(style, label, WordXml.RunLook.BOLD);
        xml.raw("</w:tc><w:tc>");
        cell(style, value, WordXml.RunLook.PLAIN);
        xml.raw("</w:tc></w:tr>");
    }

    /** Closes the table; nothing may be added after. */
    void finish() {
        xml.raw("</w:tbl>");
    }

    private void start() {
        long total = 0;
        for (long width : widths) {
            total += width;
        }
        xml.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").raw(Long.toString(total)).raw("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            xml.raw("<w:").raw(side).raw(BORDER);
        }
        xml.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
                .raw("<w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
                .raw("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (long width : widths) {
            xml.raw("<w:gridCol w:w=\"").raw(Long.toString(width)).raw("\"/>");
        }
        xml.raw("</w:tblGrid>");
    }

    private void cell(String style, String value, WordXml.RunLook look) {
        xml.startParagraph(style).run(value, look).endParagraph();
    }

    private void fill(String color) {
        xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(color).raw("\"/>");
    }
}
