package dev.aftermath.export.docx;

import dev.aftermath.export.report.WebLinks;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table written straight into the document's XML. POI's {@code XWPFTable.createRow()} counts every row on each
 * call, which makes 20,000 rows take seconds; appending {@code w:tr} elements here stays linear.
 */
final class DocxTable {

    private static final String HEADER_FILL = "1F3864";
    private static final String BAND_FILL = "F3F5F9";
    private static final String LABEL_FILL = "E8ECF4";
    private static final String BORDER_COLOR = "BFC7D5";

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final CTTbl table;
    private final long[] widths;
    private int linkColumn = -1;
    private int bodyRows;

    private DocxTable(XWPFDocument document, DocxStyles styles, CTTbl table, long[] widths) {
        this.document = document;
        this.styles = styles;
        this.table = table;
        this.widths = widths;
    }

    /** A new table at the end of the document; widths in twentieths of a point, summing to the text width. */
    static DocxTable append(XWPFDocument document, DocxStyles styles, long[] widths) {
        CTTbl table = document.createTable().getCTTbl();
        while (table.sizeOfTrArray() > 0) {
            table.removeTr(0);
        }
        table.setTblPr(properties(widths));
        CTTblGrid grid = CTTblGrid.Factory.newInstance();
        for (long width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTblGrid(grid);
        return new DocxTable(document, styles, table, widths);
    }

    /** Cells of this column become clickable when they hold a web address. */
    DocxTable linkColumn(int column) {
        this.linkColumn = column;
        return this;
    }

    /** The header row, repeated at the top of every page the table spans. */
    void headerRow(List<String> cells) {
        CTRow row = table.addNewTr();
        row.addNewTrPr().addNewTblHeader();
        for (int column = 0; column < cells.size(); column++) {
            CTTc cell = row.addNewTc();
            CTTcPr properties = cell.addNewTcPr();
            CTTblWidth width = properties.addNewTcW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(widths[column]));
            fill(properties, HEADER_FILL);
            text(cell.addNewP(), styles.id(DocxStyles.Role.TABLE_HEADING), cells.get(column));
        }
    }

    /** A data row, kept on one page; every other one is shaded so long tables stay readable. */
    void bodyRow(List<String> cells) {
        CTRow row = table.addNewTr();
        row.addNewTrPr().addNewCantSplit();
        boolean banded = bodyRows++ % 2 == 1;
        String style = styles.id(DocxStyles.Role.TABLE_TEXT);
        for (int column = 0; column < cells.size(); column++) {
            CTTc cell = row.addNewTc();
            if (banded) {
                fill(cell.addNewTcPr(), BAND_FILL);
            }
            String value = cells.get(column);
            if (column == linkColumn && WebLinks.isClickable(value)) {
                link(cell.addNewP(), style, value);
            } else {
                text(cell.addNewP(), style, value);
            }
        }
    }

    /** A row of a two-column label/value table, the label shaded. */
    void labelRow(String label, String value) {
        CTRow row = table.addNewTr();
        CTTc labelCell = row.addNewTc();
        fill(labelCell.addNewTcPr(), LABEL_FILL);
        CTP labelParagraph = labelCell.addNewP();
        text(labelParagraph, styles.id(DocxStyles.Role.TABLE_TEXT), label);
        labelParagraph.getRArray(0).addNewRPr().addNewB();
        text(row.addNewTc().addNewP(), styles.id(DocxStyles.Role.TABLE_TEXT), value);
    }

    private static void text(CTP paragraph, String style, String value) {
        paragraph.addNewPPr().addNewPStyle().setVal(style);
        lines(paragraph.addNewR(), value);
    }

    private void link(CTP paragraph, String style, String url) {
        paragraph.addNewPPr().addNewPStyle().setVal(style);
        String relation = document.getPackagePart()
                .addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
        CTHyperlink hyperlink = paragraph.addNewHyperlink();
        hyperlink.setId(relation);
        CTR run = hyperlink.addNewR();
        run.addNewRPr().addNewRStyle().setVal(styles.id(DocxStyles.Role.HYPERLINK));
        lines(run, url);
    }

    /** Line breaks in user text become Word line breaks inside the same cell. */
    static void lines(CTR run, String value) {
        String[] lines = DocxStrings.clean(value).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            CTText text = run.addNewT();
            text.setStringValue(lines[i]);
            if (!lines[i].equals(lines[i].strip())) {
                text.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    private static void fill(CTTcPr properties, String color) {
        CTShd shade = properties.addNewShd();
        shade.setVal(STShd.CLEAR);
        shade.setColor("auto");
        shade.setFill(color);
    }

    private static CTTblPr properties(long[] widths) {
        CTTblPr properties = CTTblPr.Factory.newInstance();
        CTTblWidth width = properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        long total = 0;
        for (long column : widths) {
            total += column;
        }
        width.setW(BigInteger.valueOf(total));
        properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = properties.addNewTblBorders();
        for (CTBorder border : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV())) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor(BORDER_COLOR);
        }
        CTTblCellMar margins = properties.addNewTblCellMar();
        for (CTTblWidth margin : List.of(margins.addNewLeft(), margins.addNewRight())) {
            margin.setType(STTblWidth.DXA);
            margin.setW(BigInteger.valueOf(85));
        }
        return properties;
    }
}
