package dev.aftermath.export;

import dev.aftermath.export.bundle.BundleExporter;
import dev.aftermath.export.docx.DocxExporter;
import dev.aftermath.export.html.HtmlExporter;
import dev.aftermath.export.markdown.MarkdownExporter;
import dev.aftermath.work.UserFacingException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The exporters this build knows, by format id. */
public final class ExporterRegistry {

    private final List<Exporter> exporters;

    public ExporterRegistry(List<Exporter> exporters) {
        this.exporters = List.copyOf(exporters);
    }

    /** Every exporter of the application. */
    public static ExporterRegistry standard() {
        return new ExporterRegistry(List.of(new BundleExporter(), new MarkdownExporter(), new DocxExporter(),
                new HtmlExporter()));
    }

    public List<Exporter> exporters() {
        return exporters;
    }

    public Optional<Exporter> find(String format) {
        return exporters.stream().filter(exporter -> exporter.format().equals(format)).findFirst();
    }

    /** The exporter for this format; a user gave it, so an unknown one is a message listing the known ones. */
    public Exporter byFormat(String format) {
        return find(format).orElseThrow(() -> new UserFacingException(
                "unknown export format '" + format + "'; known formats: " + formats()));
    }

    public String formats() {
        return exporters.stream().map(Exporter::format).collect(Collectors.joining(", "));
    }
}
