package dev.aftermath.export.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.report.ExportGolden;
import dev.aftermath.export.report.PictureWriter;
import dev.aftermath.export.report.ReportFixtures;
import dev.aftermath.model.Incident;
import dev.aftermath.work.UserFacingException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

class DocxExporterTest {

    private static final List<String> SECTIONS = List.of("Summary", "Impact", "Timeline", "Root cause",
            "Contributing factors", "What went well", "What could be better", "Where we got lucky", "Lessons",
            "Action items");

    @Test
    void richIncidentMatchesTheGoldenDump() throws IOException {
        ExportGolden.assertMatches("dev/aftermath/export/docx/rich-incident.dump.txt",
                DocxDump.of(export(new DocxExporter(), ReportFixtures.rich())));
    }

    @Test
    void sectionHeadingsUseStylesWithAnOutlineLevel() throws IOException {
        try (XWPFDocument document = open(export(new DocxExporter(), ReportFixtures.rich()))) {
            List<XWPFParagraph> headings = document.getParagraphs().stream()
                    .filter(paragraph -> "heading 1".equals(styleOf(document, paragraph).getName()))
                    .toList();
            assertEquals(SECTIONS, headings.stream().map(XWPFParagraph::getText).toList());
            CTStyle heading = styleOf(document, headings.get(0)).getCTStyle();
            assertTrue(heading.getPPr().isSetOutlineLvl());
            assertEquals(0, heading.getPPr().getOutlineLvl().getVal().intValue());
            assertEquals(1, document.getStyles().getStyleWithName("heading 2").getCTStyle().getPPr()
                    .getOutlineLvl().getVal().intValue());
            assertNotNull(document.getStyles().getStyleWithName("Title"));
        }
    }

    @Test
    void timelineAndActionTablesRepeatTheirHeaderRowOnEveryPage() throws IOException {
        try (XWPFDocument document = open(export(new DocxExporter(), ReportFixtures.rich()))) {
            List<XWPFTable> tables = document.getTables();
            XWPFTable timeline = tables.stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("Time\n(Europe/Berlin)"))
                    .findFirst().orElseThrow();
            XWPFTable actions = tables.get(tables.size() - 1);
            for (XWPFTable table : List.of(timeline, actions)) {
                assertTrue(table.getRow(0).isRepeatHeader());
                assertFalse(table.getRow(1).isRepeatHeader());
            }
            assertEquals(11, timeline.getNumberOfRows());
            assertEquals("Action", actions.getRow(0).getCell(0).getText());
        }
    }

    @Test
    void pagesAreNumberedAndHeadedWithTheIncidentTitle() throws IOException {
        String dump = DocxDump.of(export(new DocxExporter(), ReportFixtures.rich()));
        assertTrue(dump.contains("footer: Page {PAGE} of {NUMPAGES}\n"));
        assertTrue(dump.contains("header: Card payments failing | EU `eu-west` 🚨  ·  Post-incident review\n"));
    }

    @Test
    void sameIncidentGivesTheSameBytes() throws IOException {
        assertArrayEquals(export(new DocxExporter(), ReportFixtures.rich()),
                export(new DocxExporter(), ReportFixtures.rich()));
    }

    @Test
    void embedsTheTimelinePictureUnderTheTimelineHeading() throws IOException {
        PictureWriter picture = (incident, out) -> ImageIO.write(new BufferedImage(800, 200,
                BufferedImage.TYPE_INT_RGB), "png", out);
        String dump = DocxDump.of(export(new DocxExporter(Optional.empty(), Optional.of(picture)),
                ReportFixtures.rich()));
        assertTrue(dump.contains("pictures: 1\n"));
        assertTrue(dump.contains("[heading 1] Timeline\n[Normal] \n[caption] Timeline of the incident\n"));
    }

    @Test
    void usesTheTemplatesOwnStylesAndDropsItsText(@TempDir Path folder) throws IOException {
        Path template = folder.resolve("corporate.docx");
        writeTemplate(template);
        try (XWPFDocument document = open(export(new DocxExporter(Optional.of(template), Optional.empty()),
                ReportFixtures.rich()))) {
            XWPFParagraph summary = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().equals("Summary")).findFirst().orElseThrow();
            assertEquals("Ueberschrift1", summary.getStyleID());
            assertFalse(document.getParagraphs().stream()
                    .anyMatch(paragraph -> paragraph.getText().contains("Template placeholder")));
            assertNotNull(document.getStyles().getStyleWithName("Review Table Text"));
        }
    }

    @Test
    void aTemplateDocumentCarriesTheSameBodyWithPictureAndLinks(@TempDir Path folder) throws IOException {
        Path template = folder.resolve("corporate.docx");
        writeTemplate(template);
        PictureWriter picture = (incident, out) -> ImageIO.write(new BufferedImage(800, 200,
                BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] onBlank = export(new DocxExporter(Optional.empty(), Optional.of(picture)), ReportFixtures.rich());
        String blank = DocxDump.of(onBlank);
        byte[] onTemplate = export(new DocxExporter(Optional.of(template), Optional.of(picture)),
                ReportFixtures.rich());
        String dump = DocxDump.of(onTemplate);
        assertTrue(dump.contains("pictures: 1\n"), dump);
        assertEquals(blank.substring(blank.indexOf("[Title]")), dump.substring(dump.indexOf("[Title]")));
        for (byte[] docx : List.of(onBlank, onTemplate)) {
            try (XWPFDocument document = open(docx)) {
                assertEquals(List.of("https://wiki.example/runbooks/payments", "https://tracker.example/PAY-101"),
                        Arrays.stream(document.getHyperlinks()).map(XWPFHyperlink::getURL).toList());
            }
        }
    }

    @Test
    void refusesAnUnreadableTemplateNamingTheFile(@TempDir Path folder) throws IOException {
        Path template = Files.writeString(folder.resolve("not-word.docx"), "plain text");
        DocxExporter exporter = new DocxExporter(Optional.of(template), Optional.empty());
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> exporter.write(ReportFixtures.rich(), ExportOptions.DEFAULT, OutputStream.nullOutputStream()));
        assertTrue(error.getMessage().contains("not-word.docx"), error.getMessage());
    }

    @Test
    void dropsCharactersWordCannotStore() throws IOException {
        Incident incident = ReportFixtures.rich().withTitle("Bell\u0007 and NUL\u0000 in the title");
        String dump = DocxDump.of(export(new DocxExporter(), incident));
        assertTrue(dump.contains("[Title] Bell and NUL in the title\n"));
    }

    @Test
    void userTextThatLooksLikeATablePlaceholderStaysText() throws IOException {
        String lookalike = "<w:pStyle w:val=\"AftermathTablePlaceholder0\"/>";
        Incident incident = ReportFixtures.rich().withTitle(lookalike);
        String dump = DocxDump.of(export(new DocxExporter(), incident));
        assertTrue(dump.contains("[Title] " + lookalike + "\n[Subtitle] Post-incident review  ·  SEV1  ·  In review\n"
                + "table\n| Severity | SEV1 |\n"), dump);
    }

    private static void writeTemplate(Path file) throws IOException {
        try (XWPFDocument template = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Ueberschrift1");
            heading.addNewName().setVal("heading 1");
            heading.addNewPPr().addNewOutlineLvl().setVal(java.math.BigInteger.ZERO);
            template.createStyles().addStyle(new XWPFStyle(heading));
            template.createParagraph().createRun().setText("Template placeholder text");
            template.write(out);
        }
    }

    private static XWPFStyle styleOf(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        XWPFStyle style = id == null ? null : document.getStyles().getStyle(id);
        return style == null ? new XWPFStyle(CTStyle.Factory.newInstance()) : style;
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static byte[] export(DocxExporter exporter, Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(incident, ExportOptions.DEFAULT, out);
        return out.toByteArray();
    }
}
