package dev.aftermath.export.docx;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.report.PictureWriter;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.model.Incident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A Word document a company would send: real heading styles (so the navigation pane and a table of contents
 * work), a title block, tables whose header rows repeat on every page, page numbers, and the incident's title in
 * the page header. Deterministic: document dates come from the incident and ZIP entries carry one fixed time.
 * Without a template the package is written as text ({@link BlankPackage}); POI is loaded only for a template.
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
        CompletableFuture<Optional<byte[]>> drawing = CompletableFuture.supplyAsync(() -> drawPicture(incident));
        ReportContent content = ReportContent.of(incident);
        Optional<byte[]> png = picture(drawing);
        Instant stamp = IncidentMilestones.start(incident).orElse(Instant.EPOCH);
        if (template.isPresent()) {
            TemplatePackage.write(template.get(), content, png, stamp, out);
        } else {
            BlankPackage.write(content, png, stamp, out);
        }
    }

    /** Drawn while the text is laid out: the two are independent, and a fresh process spends long on each. */
    private Optional<byte[]> drawPicture(Incident incident) {
        if (picture.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            picture.get().writePng(incident, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(png.toByteArray());
    }

    private static Optional<byte[]> picture(CompletableFuture<Optional<byte[]>> drawing) throws IOException {
        try {
            return drawing.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }
}
