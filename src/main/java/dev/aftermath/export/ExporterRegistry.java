package dev.aftermath.export;

import dev.aftermath.export.bundle.BundleExporter;
import dev.aftermath.export.docx.DocxExporter;
import dev.aftermath.export.html.HtmlExporter;
import dev.aftermath.export.markdown.MarkdownExporter;
import dev.aftermath.export.picture.PictureOptions;
import dev.aftermath.export.picture.PngExporter;
import dev.aftermath.export.picture.SvgExporter;
import dev.aftermath.export.report.PictureWriter;
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

    /** Every exporter of the application, with default settings. */
    public static ExporterRegistry standard() {
        return standard(ExportSettings.DEFAULT);
    }

    /** Every exporter of the application, configured by the user's choices. */
    public static ExporterRegistry standard(ExportSettings settings) {
        Optional<PictureWriter> timeline = settings.withTimelinePicture()
                ? Optional.of(timelinePicture(settings.picture()))
                : Optional.empty();
        return new ExporterRegistry(List.of(new BundleExporter(),
                timeline.map(MarkdownExporter::new).orElseGet(MarkdownExporter::new),
                new DocxExporter(Optional.ofNullable(settings.wordTemplate()), timeline),
                timeline.map(HtmlExporter::new).orElseGet(HtmlExporter::new),
                new PngExporter(settings.picture()), new SvgExporter(settings.picture())));
    }

    /** Documents embed the picture at document size, in the chosen theme. */
    private static PictureWriter timelinePicture(PictureOptions chosen) {
        PngExporter png = new PngExporter(PictureOptions.DOCUMENT.withTheme(chosen.theme()));
        return (incident, out) -> png.write(incident, ExportOptions.DEFAULT, out);
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
