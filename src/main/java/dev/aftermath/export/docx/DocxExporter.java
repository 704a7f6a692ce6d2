package dev.aftermath.export.docx;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.report.PictureWriter;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.model.Incident;
import dev.aftermath.work.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * A Word document a company would send: real heading styles (so the navigation pane and a table of contents
 * work), a title block, tables whose header rows repeat on every page, page numbers, and the incident's title in
 * the page header. Deterministic: document dates come from the incident and ZIP entries carry one fixed time.
 */
public final class DocxExporter implements Exporter {

    private final Optional<Path> template;
    private final Optional<PictureWriter> picture;

    /** Our own styles on a blank A4 document, without a timeline picture. */
    public DocxExporter() {
        this(Optional.empty(), Optional.empty());
    }

    /**
     * @param template a .docx whose styles, page setup and headers are used ({@code --template}); its body is
     *                 dropped, and styles it lacks are added from ours
     * @param picture draws the timeline picture, embedded at page width under "Timeline"
     */
    public DocxExporter(Optional<Path> template, Optional<PictureWriter> picture) {
        this.template = template;
        this.picture = picture;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        ReportContent content = ReportContent.of(incident);
        Optional<byte[]> png = drawPicture(incident);
        DocxPackage tables = new DocxPackage();
        ByteArrayOutputStream packageBytes = new ByteArrayOutputStream(64 * 1024);
        try (XWPFDocument document = openBase()) {
            DocxStyles styles = DocxStyles.install(document);
            new DocxReport(document, styles, tables).write(content, png);
            describe(document.getProperties(), content.title(), IncidentMilestones.start(incident));
            document.write(packageBytes);
        }
        tables.write(packageBytes.toByteArray(), out);
    }

    private Optional<byte[]> drawPicture(Incident incident) throws IOException {
        if (picture.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        picture.get().writePng(incident, png);
        return Optional.of(png.toByteArray());
    }

    private XWPFDocument openBase() {
        if (template.isEmpty()) {
            return new XWPFDocument();
        }
        Path file = template.get();
        try (InputStream in = Files.newInputStream(file)) {
            XWPFDocument document = new XWPFDocument(in);
            clearBody(document);
            return document;
        } catch (IOException | RuntimeException unreadable) {
            throw new UserFacingException("Cannot use " + file + " as a Word template: it is not a readable .docx"
                    + " file ("
                    + unreadable.getMessage() + ")", unreadable);
        }
    }

    /** Keeps a template's styles, page setup and headers, and drops whatever text it holds. */
    private static void clearBody(XWPFDocument document) {
        for (int i = document.getBodyElements().size() - 1; i >= 0; i--) {
            document.removeBodyElement(i);
        }
        CTBody body = document.getDocument().getBody();
        while (body.sizeOfSdtArray() > 0) {
            body.removeSdt(0);
        }
    }

    /** Fixed document dates: the incident's start, or the epoch when it has no entries. */
    private static void describe(POIXMLProperties properties, String title, Optional<Instant> start) {
        Date stamp = Date.from(start.orElse(Instant.EPOCH));
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(DocxStrings.clean(title));
        core.setCreator("Aftermath");
        core.setLastModifiedByUser("Aftermath");
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.setRevision("1");
    }
}
