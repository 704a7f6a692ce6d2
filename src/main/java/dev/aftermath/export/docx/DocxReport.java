package dev.aftermath.export.docx;

import dev.aftermath.export.report.ActionRow;
import dev.aftermath.export.report.DurationRow;
import dev.aftermath.export.report.MetadataRow;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.export.report.ReportSection;
import dev.aftermath.export.report.TimelineRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/** Lays a report out in a Word document: title block, tables, sections, header and footer. */
final class DocxReport {

    private static final long A4_WIDTH = 11906;
    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN = 1134;
    private static final long HEADER_DISTANCE = 567;

    private final XWPFDocument document;
    private final DocxStyles styles;
    private final DocxText text;
    private final DocxPackage tables;
    private final long textWidth;

    DocxReport(XWPFDocument document, DocxStyles styles, DocxPackage tables) {
        this.document = document;
        this.styles = styles;
        this.tables = tables;
        this.text = new DocxText(document, styles);
        this.textWidth = textWidth(section(document));
    }

    void write(ReportContent content, Optional<byte[]> picture) throws IOException {
        headerAndFooter(content.title());
        titleBlock(content);
        for (ReportSection section : content.sections()) {
            text.paragraph(DocxStyles.Role.HEADING_1, section.heading());
            switch (section.kind()) {
                case TEXT -> section.items().forEach(text::markdown);
                case LIST -> section.items().forEach(text::listItem);
                case TIMELINE -> timeline(content, picture);
                case ACTION_ITEMS -> actions(content);
            }
            if (section.isUnwritten()) {
                text.paragraph(DocxStyles.Role.NOTE, ReportContent.UNWRITTEN);
            }
        }
    }

    private void titleBlock(ReportContent content) {
        text.paragraph(DocxStyles.Role.TITLE, content.title());
        text.paragraph(DocxStyles.Role.SUBTITLE, ReportContent.DOCUMENT_KIND + "  ·  " + content.severity() + "  ·  "
                + content.reviewStatus());
        DocxTable metadata = DocxTable.append(document, styles, tables, columns(0.26, 0.74));
        for (MetadataRow row : content.metadata()) {
            metadata.labelRow(row.label(), row.value());
        }
        metadata.finish();
        text.paragraph(DocxStyles.Role.LABEL, ReportContent.DURATIONS_HEADING);
        text.paragraph(DocxStyles.Role.NOTE, content.durationsNote());
        if (!content.durations().isEmpty()) {
            DocxTable durations = DocxTable.append(document, styles, tables, columns(0.3, 0.2, 0.5));
            durations.headerRow(ReportContent.DURATION_COLUMNS);
            for (DurationRow row : content.durations()) {
                durations.bodyRow(List.of(row.label(), row.value(), row.reachedAt()));
            }
            durations.finish();
        }
    }

    private void timeline(ReportContent content, Optional<byte[]> picture) throws IOException {
        if (picture.isPresent()) {
            picture(picture.get());
        }
        if (content.timeline().isEmpty()) {
            text.paragraph(DocxStyles.Role.NOTE, ReportContent.NO_ENTRIES);
            return;
        }
        DocxTable table = DocxTable.append(document, styles, tables, columns(0.22, 0.17, 0.41, 0.2));
        table.headerRow(content.timelineColumns());
        for (TimelineRow row : content.timeline()) {
            table.bodyRow(List.of(row.time(), row.kind(), row.text(), row.source()));
        }
        table.finish();
    }

    private void actions(ReportContent content) {
        if (content.actions().isEmpty()) {
            text.paragraph(DocxStyles.Role.NOTE, ReportContent.NO_ACTIONS);
            return;
        }
        DocxTable table = DocxTable.append(document, styles, tables,
                        columns(0.24, 0.09, 0.13, 0.10, 0.125, 0.115, 0.2))
                .linkColumn(6);
        table.headerRow(ReportContent.ACTION_COLUMNS);
        for (ActionRow row : content.actions()) {
            table.bodyRow(List.of(row.action(), row.type(), row.owner(), row.priority(), row.due(), row.status(),
                    row.link()));
        }
        table.finish();
    }

    private void picture(byte[] png) throws IOException {
        PngSize size = PngSize.of(png);
        double widthPoints = textWidth / 20.0;
        double heightPoints = widthPoints * size.height() / size.width();
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styles.id(DocxStyles.Role.NORMAL));
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), PictureType.PNG, "timeline.png",
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (InvalidFormatException unreadable) {
            throw new IOException("the timeline picture could not be embedded", unreadable);
        }
        text.paragraph(DocxStyles.Role.CAPTION, ReportContent.PICTURE_CAPTION);
    }

    private void headerAndFooter(String title) {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : policy.getDefaultHeader();
        if (header == null) {
            header = document.createHeader(HeaderFooterType.DEFAULT);
        }
        header.clearHeaderFooter();
        XWPFParagraph headerLine = header.createParagraph();
        headerLine.setStyle(styles.id(DocxStyles.Role.HEADER));
        headerLine.createRun().setText(DocxStrings.clean(title) + "  ·  " + ReportContent.DOCUMENT_KIND);

        XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
        if (footer == null) {
            footer = document.createFooter(HeaderFooterType.DEFAULT);
        }
        footer.clearHeaderFooter();
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle(styles.id(DocxStyles.Role.FOOTER));
        pages.createRun().setText("Page ");
        field(pages, "PAGE", "1");
        pages.createRun().setText(" of ");
        field(pages, "NUMPAGES", "1");
    }

    private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(placeholder);
    }

    /** Widths for columns given as shares of the text width; the last takes what rounding left. */
    private long[] columns(double... shares) {
        long[] widths = new long[shares.length];
        long used = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            widths[i] = Math.round(textWidth * shares[i]);
            used += widths[i];
        }
        widths[shares.length - 1] = textWidth - used;
        return widths;
    }

    /** The body's section properties; a blank document gets an A4 page with 2 cm margins. */
    private static CTSectPr section(XWPFDocument document) {
        var body = document.getDocument().getBody();
        if (body.isSetSectPr()) {
            return body.getSectPr();
        }
        CTSectPr section = body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        return section;
    }

    private static long textWidth(CTSectPr section) {
        long width = section.isSetPgSz() && section.getPgSz().getW() != null
                ? twips(section.getPgSz().getW()) : A4_WIDTH;
        long left = section.isSetPgMar() ? twips(section.getPgMar().getLeft()) : MARGIN;
        long right = section.isSetPgMar() ? twips(section.getPgMar().getRight()) : MARGIN;
        return Math.max(width - left - right, 2880);
    }

    private static long twips(Object value) {
        return value == null ? 0 : new BigInteger(value.toString()).longValue();
    }
}
