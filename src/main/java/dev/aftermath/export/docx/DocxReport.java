package dev.aftermath.export.docx;

import dev.aftermath.export.report.ActionRow;
import dev.aftermath.export.report.DurationRow;
import dev.aftermath.export.report.MetadataRow;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.export.report.ReportSection;
import dev.aftermath.export.report.TimelineRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays a report out as the body of a Word document: title block, tables, sections, the picture. */
final class DocxReport {

    private static final long EMU_PER_TWIP = 635;

    private final WordXml xml;
    private final DocxStyles styles;
    private final WordRelations relations;
    private final DocxText text;
    private final long textWidth;

    /** @param textWidth the width between the page margins, in twentieths of a point */
    DocxReport(WordXml xml, DocxStyles styles, WordRelations relations, long textWidth) {
        this.xml = xml;
        this.styles = styles;
        this.relations = relations;
        this.text = new DocxText(xml, styles, relations);
        this.textWidth = textWidth;
    }

    /** The line at the top of every page. */
    static String pageHeader(String title) {
        return title + "  ·  " + ReportContent.DOCUMENT_KIND;
    }

    void write(ReportContent content, Optional<byte[]> picture) throws IOException {
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
        DocxTable metadata = table(0.26, 0.74);
        for (MetadataRow row : content.metadata()) {
            metadata.labelRow(row.label(), row.value());
        }
        metadata.finish();
        text.paragraph(DocxStyles.Role.LABEL, ReportContent.DURATIONS_HEADING);
        text.paragraph(DocxStyles.Role.NOTE, content.durationsNote());
        if (!content.durations().isEmpty()) {
            DocxTable durations = table(0.3, 0.2, 0.5);
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
        DocxTable table = table(0.25, 0.16, 0.39, 0.2);
        table.headerRow(timelineColumns(content));
        for (TimelineRow row : content.timeline()) {
            table.bodyRow(List.of(row.time(), row.kind(), row.text(), row.source()));
        }
        table.finish();
    }

    /** The zone goes on a line of its own: a narrow column would otherwise break "(Europe/Amsterdam)" anywhere. */
    private static List<String> timelineColumns(ReportContent content) {
        List<String> columns = new ArrayList<>(content.timelineColumns());
        columns.set(0, columns.get(0).replaceFirst(" \\(", "\n("));
        return columns;
    }

    private void actions(ReportContent content) {
        if (content.actions().isEmpty()) {
            text.paragraph(DocxStyles.Role.NOTE, ReportContent.NO_ACTIONS);
            return;
        }
        DocxTable table = table(0.24, 0.09, 0.13, 0.10, 0.125, 0.115, 0.2).linkColumn(6);
        table.headerRow(ReportContent.ACTION_COLUMNS);
        for (ActionRow row : content.actions()) {
            table.bodyRow(List.of(row.action(), row.type(), row.owner(), row.priority(), row.due(), row.status(),
                    row.link()));
        }
        table.finish();
    }

    /** The picture at the text width, keeping its proportions, as an inline DrawingML picture. */
    private void picture(byte[] png) throws IOException {
        PngSize size = PngSize.of(png);
        long width = textWidth * EMU_PER_TWIP;
        long height = width * size.height() / size.width();
        String extent = "cx=\"" + width + "\" cy=\"" + height + "\"";
        xml.startCentredParagraph(styles.id(DocxStyles.Role.NORMAL)).raw("<w:r><w:drawing>")
                .raw("<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"")
                .raw(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"")
                .raw(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
                .raw(" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"")
                .raw(" xmlns:r=\"").raw(WordXml.RELATIONSHIPS_NAMESPACE).raw("\">")
                .raw("<wp:extent ").raw(extent).raw("/><wp:docPr id=\"1\" name=\"Timeline\" descr=\"")
                .raw(WordXml.escape(ReportContent.PICTURE_CAPTION)).raw("\"/>")
                .raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .raw("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
                .raw("<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"timeline.png\"/><pic:cNvPicPr/></pic:nvPicPr>")
                .raw("<pic:blipFill><a:blip r:embed=\"").raw(relations.image(png)).raw("\"/>")
                .raw("<a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
                .raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext ").raw(extent).raw("/></a:xfrm>")
                .raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
                .raw("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>").endParagraph();
        text.paragraph(DocxStyles.Role.CAPTION, ReportContent.PICTURE_CAPTION);
    }

    /** A table whose columns take these shares of the text width; the last takes what rounding left. */
    private DocxTable table(double... shares) {
        long[] widths = new long[shares.length];
        long used = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            widths[i] = Math.round(textWidth * shares[i]);
            used += widths[i];
        }
        widths[shares.length - 1] = textWidth - used;
        return DocxTable.append(xml, styles, relations, widths);
    }
}
