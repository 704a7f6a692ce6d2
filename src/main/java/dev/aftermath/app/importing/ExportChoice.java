package dev.aftermath.app.importing;

import dev.aftermath.export.Exporter;
import dev.aftermath.export.bundle.BundleExporter;
import java.util.List;
import java.util.Locale;

/**
 * One format the Export dialog offers.
 *
 * @param format the exporter's id, as {@code --format} takes it
 * @param label what the file dialog calls it
 * @param extension the file name ending, without the dot
 */
public record ExportChoice(String format, String label, String extension) {

    /** A choice per exporter, the lossless incident file first. */
    public static List<ExportChoice> of(List<Exporter> exporters) {
        return exporters.stream()
                .sorted((a, b) -> Boolean.compare(!isBundle(a), !isBundle(b)))
                .map(exporter -> new ExportChoice(exporter.format(), label(exporter.format()),
                        exporter.fileExtension()))
                .toList();
    }

    private static boolean isBundle(Exporter exporter) {
        return exporter.format().equals(BundleExporter.FORMAT);
    }

    private static String label(String format) {
        return switch (format) {
            case BundleExporter.FORMAT -> "Incident file";
            case "markdown" -> "Markdown";
            case "docx" -> "Word document";
            case "html" -> "Web page";
            case "png" -> "PNG image";
            case "svg" -> "SVG image";
            default -> format.toUpperCase(Locale.ROOT);
        };
    }

    /** The file name {@code name}, with this choice's ending added when the user left it off. */
    public String fileName(String name) {
        return name.endsWith("." + extension) ? name : name + "." + extension;
    }
}
