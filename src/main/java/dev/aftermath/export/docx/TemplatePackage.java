package dev.aftermath.export.docx;

import dev.aftermath.export.report.ReportContent;
import dev.aftermath.work.UserFacingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * A .docx on a user's corporate template ({@code --template}): POI keeps the template's styles, page setup and
 * headers, drops its text and adds the styles it lacks from ours. The report's body is the same text as in a blank
 * document; POI saves a placeholder paragraph where it goes, and the placeholder is swapped for it in the saved
 * package. The placeholder is marked by a style reference, which user text cannot imitate: its {@code <} would be
 * escaped.
 */
final class TemplatePackage implements WordRelations {

    private static final String BODY_PART = "word/document.xml";
    private static final String PLACEHOLDER_STYLE = "AftermathBodyPlaceholder";

    private final XWPFDocument document;

    private TemplatePackage(XWPFDocument document) {
        this.document = document;
    }

    @Override
    public String hyperlink(String url) {
        return document.getPackagePart().addExternalRelationship(url, XWPFRelation.HYPERLINK.getRelation()).getId();
    }

    @Override
    public String image(byte[] png) {
        try {
            return document.addPictureData(png, PictureType.PNG);
        } catch (InvalidFormatException unreadable) {
            throw new IllegalArgumentException("the timeline picture could not be embedded", unreadable);
        }
    }

    static void write(Path template, ReportContent content, Optional<byte[]> picture, Instant stamp,
                      OutputStream out) throws IOException {
        ByteArrayOutputStream saved = new ByteArrayOutputStream(64 * 1024);
        WordXml body = new WordXml();
        try (XWPFDocument document = open(template)) {
            TemplatePackage parts = new TemplatePackage(document);
            DocxStyles styles = installStyles(document);
            new DocxReport(body, styles, parts, textWidth(section(document))).write(content, picture);
            parts.headerAndFooter(styles, content.title());
            document.createParagraph().setStyle(PLACEHOLDER_STYLE);
            describe(document.getProperties(), content.title(), stamp);
            document.write(saved);
        }
        swapBodyIn(saved.toByteArray(), body, out);
    }

    private static XWPFDocument open(Path template) {
        try (InputStream in = Files.newInputStream(template)) {
            XWPFDocument document = new XWPFDocument(in);
            for (int i = document.getBodyElements().size() - 1; i >= 0; i--) {
                document.removeBodyElement(i);
            }
            var body = document.getDocument().getBody();
            while (body.sizeOfSdtArray() > 0) {
                body.removeSdt(0);
            }
            return document;
        } catch (IOException | RuntimeException unreadable) {
            throw new UserFacingException("Cannot use " + template + " as a Word template: it is not a readable"
                    + " .docx file (" + unreadable.getMessage() + ")", unreadable);
        }
    }

    /** The template keeps its own styles and gets the ones it lacks from ours. */
    private static DocxStyles installStyles(XWPFDocument document) throws IOException {
        CTStyles ours = ourStyles();
        XWPFStyles styles = document.getStyles();
        if (styles == null) {
            document.createStyles().setStyles(ours);
            styles = document.getStyles();
        } else {
            for (CTStyle style : ours.getStyleArray()) {
                boolean present = styles.getStyleWithName(style.getName().getVal()) != null
                        || styles.styleExist(style.getStyleId());
                if (!present) {
                    styles.addStyle(new XWPFStyle((CTStyle) style.copy(), styles));
                }
            }
        }
        XWPFStyles installed = styles;
        return DocxStyles.byName(name -> {
            XWPFStyle style = installed.getStyleWithName(name);
            return style == null ? null : style.getStyleId();
        });
    }

    private static CTStyles ourStyles() throws IOException {
        try {
            return StylesDocument.Factory.parse(DocxStyles.oursAsXml()).getStyles();
        } catch (XmlException broken) {
            throw new IOException("styles.xml of the application is not valid XML", broken);
        }
    }

    private void headerAndFooter(DocxStyles styles, String title) {
        XWPFHeaderFooterPolicy policy = document.getHeaderFooterPolicy();
        XWPFHeader header = policy == null ? null : policy.getDefaultHeader();
        if (header == null) {
            header = document.createHeader(HeaderFooterType.DEFAULT);
        }
        header.clearHeaderFooter();
        XWPFParagraph headerLine = header.createParagraph();
        headerLine.setStyle(styles.id(DocxStyles.Role.HEADER));
        headerLine.createRun().setText(DocxStrings.clean(DocxReport.pageHeader(title)));

        XWPFFooter footer = policy == null ? null : policy.getDefaultFooter();
        if (footer == null) {
            footer = document.createFooter(HeaderFooterType.DEFAULT);
        }
        footer.clearHeaderFooter();
        XWPFParagraph pages = footer.createParagraph();
        pages.setStyle(styles.id(DocxStyles.Role.FOOTER));
        pages.createRun().setText("Page ");
        field(pages, "PAGE");
        pages.createRun().setText(" of ");
        field(pages, "NUMPAGES");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    /** Fixed document dates, so that the same incident gives the same file. */
    private static void describe(POIXMLProperties properties, String title, Instant stamp) {
        Date date = Date.from(stamp);
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(DocxStrings.clean(title));
        core.setCreator("Aftermath");
        core.setLastModifiedByUser("Aftermath");
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setRevision("1");
    }

    /** The body's section properties; a template without any gets an A4 page with 2 cm margins. */
    private static CTSectPr section(XWPFDocument document) {
        var body = document.getDocument().getBody();
        if (body.isSetSectPr()) {
            return body.getSectPr();
        }
        CTSectPr section = body.addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4Page.WIDTH));
        size.setH(BigInteger.valueOf(A4Page.HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(A4Page.MARGIN));
        margins.setBottom(BigInteger.valueOf(A4Page.MARGIN));
        margins.setLeft(BigInteger.valueOf(A4Page.MARGIN));
        margins.setRight(BigInteger.valueOf(A4Page.MARGIN));
        margins.setHeader(BigInteger.valueOf(A4Page.HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(A4Page.HEADER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        return section;
    }

    private static long textWidth(CTSectPr section) {
        long width = section.isSetPgSz() && section.getPgSz().getW() != null
                ? twips(section.getPgSz().getW()) : A4Page.WIDTH;
        long left = section.isSetPgMar() ? twips(section.getPgMar().getLeft()) : A4Page.MARGIN;
        long right = section.isSetPgMar() ? twips(section.getPgMar().getRight()) : A4Page.MARGIN;
        return Math.max(width - left - right, 2880);
    }

    private static long twips(Object value) {
        return value == null ? 0 : new BigInteger(value.toString()).longValue();
    }

    /** Copies POI's package, swapping the placeholder paragraph in the body for the report's body. */
    private static void swapBodyIn(byte[] saved, WordXml body, OutputStream target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(saved));
             DocxZip out = new DocxZip(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                OutputStream part = out.entry(entry.getName());
                if (entry.getName().equals(BODY_PART)) {
                    swap(new String(in.readAllBytes(), StandardCharsets.UTF_8), body, part);
                } else {
                    in.transferTo(part);
                }
            }
        }
    }

    private static void swap(String document, WordXml body, OutputStream out) throws IOException {
        int marker = document.indexOf("<w:pStyle w:val=\"" + PLACEHOLDER_STYLE + "\"/>");
        if (marker < 0) {
            throw new IOException("the Word body lost its placeholder");
        }
        int start = Math.max(document.lastIndexOf("<w:p>", marker), document.lastIndexOf("<w:p ", marker));
        int end = document.indexOf("</w:p>", marker) + "</w:p>".length();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(document, 0, start);
        writer.append(body.buffer());
        writer.write(document, end, document.length() - end);
        writer.flush();
    }
}
