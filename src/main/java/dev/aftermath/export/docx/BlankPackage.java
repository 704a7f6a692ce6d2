package dev.aftermath.export.docx;

import dev.aftermath.export.report.ReportContent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A whole .docx written as text: our styles on an A4 page with the title in the header and page numbers in the
 * footer. Without a user's template nothing needs POI, whose loading alone cost a fresh process seconds (ADR 0005).
 */
final class BlankPackage implements WordRelations {


    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATION_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** The document's own relationships come first; links and pictures are numbered after them. */
    private static final int FIXED_RELATIONS = 4;

    private final StringBuilder relations = new StringBuilder();
    private final List<byte[]> images = new ArrayList<>();
    private int relationCount = FIXED_RELATIONS;

    @Override
    public String hyperlink(String url) {
        return relation("hyperlink", WordXml.escape(url), true);
    }

    @Override
    public String image(byte[] png) {
        images.add(png);
        return relation("image", "media/image" + images.size() + ".png", false);
    }

    private String relation(String type, String target, boolean external) {
        String id = "rId" + ++relationCount;
        relations.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(RELATION_TYPE).append(type)
                .append("\" Target=\"").append(target).append(external ? "\" TargetMode=\"External\"/>" : "\"/>");
        return id;
    }

    static void write(ReportContent content, Optional<byte[]> picture, Instant stamp, OutputStream out)
            throws IOException {
        BlankPackage parts = new BlankPackage();
        DocxStyles styles = DocxStyles.ours();
        WordXml body = new WordXml();
        new DocxReport(body, styles, parts, A4Page.TEXT_WIDTH).write(content, picture);
        parts.writeParts(content.title(), styles, body, stamp, out);
    }

    private void writeParts(String title, DocxStyles styles, WordXml body, Instant stamp, OutputStream out)
            throws IOException {
        try (DocxZip zip = new DocxZip(out)) {
            part(zip, "[Content_Types].xml", contentTypes());
            part(zip, "_rels/.rels", packageRelations());
            part(zip, "docProps/core.xml", coreProperties(title, stamp));
            part(zip, "docProps/app.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/extended-properties\"><Application>Aftermath</Application></Properties>");
            part(zip, "word/_rels/document.xml.rels", documentRelations());
            part(zip, "word/document.xml", document(body));
            part(zip, "word/styles.xml", DocxStyles.oursAsXml());
            part(zip, "word/settings.xml", "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"720\"/>"
                    + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting"
                    + " w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                    + "</w:compat></w:settings>");
            part(zip, "word/header1.xml", headerOrFooter("hdr", new WordXml()
                    .startParagraph(styles.id(DocxStyles.Role.HEADER))
                    .run(DocxReport.pageHeader(title), WordXml.RunLook.PLAIN).endParagraph()));
            part(zip, "word/footer1.xml", headerOrFooter("ftr", new WordXml()
                    .startParagraph(styles.id(DocxStyles.Role.FOOTER))
                    .run("Page ", WordXml.RunLook.PLAIN).field("PAGE", "1")
                    .run(" of ", WordXml.RunLook.PLAIN).field("NUMPAGES", "1").endParagraph()));
            for (int i = 0; i < images.size(); i++) {
                zip.entry("word/media/image" + (i + 1) + ".png").write(images.get(i));
            }
        }
    }

    /** Writes a part, with the XML declaration unless it has its own (our styles file does). */
    private static void part(DocxZip zip, String name, CharSequence xml) throws IOException {
        try (Writer writer = new OutputStreamWriter(zip.entry(name), StandardCharsets.UTF_8)) {
            if (!xml.toString().startsWith("<?xml")) {
                writer.write(XML_DECLARATION);
            }
            writer.append(xml);
        }
    }

    private String contentTypes() {
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + override("/word/document.xml", CONTENT_TYPE + "document.main+xml")
                + override("/word/styles.xml", CONTENT_TYPE + "styles+xml")
                + override("/word/settings.xml", CONTENT_TYPE + "settings+xml")
                + override("/word/header1.xml", CONTENT_TYPE + "header+xml")
                + override("/word/footer1.xml", CONTENT_TYPE + "footer+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + "</Types>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String packageRelations() {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATION_TYPE + "officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/"
                + "metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELATION_TYPE + "extended-properties\""
                + " Target=\"docProps/app.xml\"/></Relationships>";
    }

    private String documentRelations() {
        return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATION_TYPE + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATION_TYPE + "settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + RELATION_TYPE + "header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + RELATION_TYPE + "footer\" Target=\"footer1.xml\"/>"
                + relations + "</Relationships>";
    }

    private static StringBuilder document(WordXml body) {
        return new StringBuilder(body.buffer().length() + 1024)
                .append("<w:document xmlns:w=\"").append(W).append("\" xmlns:r=\"")
                .append(WordXml.RELATIONSHIPS_NAMESPACE).append("\"><w:body>")
                .append(body.buffer())
                .append("<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>")
                .append("<w:footerReference w:type=\"default\" r:id=\"rId4\"/>")
                .append("<w:pgSz w:w=\"").append(A4Page.WIDTH).append("\" w:h=\"").append(A4Page.HEIGHT).append("\"/>")
                .append("<w:pgMar w:top=\"").append(A4Page.MARGIN).append("\" w:right=\"").append(A4Page.MARGIN)
                .append("\" w:bottom=\"").append(A4Page.MARGIN).append("\" w:left=\"").append(A4Page.MARGIN)
                .append("\" w:header=\"").append(A4Page.HEADER_DISTANCE).append("\" w:footer=\"").append(A4Page.HEADER_DISTANCE)
                .append("\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
    }

    private static String headerOrFooter(String element, WordXml content) {
        return "<w:" + element + " xmlns:w=\"" + W + "\">" + content.buffer() + "</w:" + element + ">";
    }

    private static String coreProperties(String title, Instant stamp) {
        String when = stamp.truncatedTo(ChronoUnit.SECONDS).toString();
        return "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>" + WordXml.escape(title) + "</dc:title><dc:creator>Aftermath</dc:creator>"
                + "<cp:lastModifiedBy>Aftermath</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }
}
