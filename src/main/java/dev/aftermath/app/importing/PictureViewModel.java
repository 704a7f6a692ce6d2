package dev.aftermath.app.importing;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.PictureClipboard;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.picture.PictureOptions;
import dev.aftermath.export.picture.PngExporter;
import dev.aftermath.export.picture.SvgExporter;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.Theme;
import dev.aftermath.workspace.ExportService;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Pictures of the shown incident's timeline from the desktop: exported to a PNG or SVG file of a chosen size and
 * theme, or copied to the clipboard. Both are painted in the background; the choices and the folder are
 * remembered for next time.
 */
public final class PictureViewModel {

    /** The sizes offered: a slide fills a 16:9 projector, a document page takes a narrower picture. */
    public enum Size {
        SLIDE("Slide", 1920, 1080), DOCUMENT("Document", 1600, 900);

        private final String label;
        private final int width;
        private final int height;

        Size(String label, int width, int height) {
            this.label = label;
            this.width = width;
            this.height = height;
        }

        public String label() {
            return label + " (" + width + " × " + height + ")";
        }
    }

    public enum Format {
        PNG("PNG image", "png"), SVG("SVG image (text stays text)", "svg");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }
    }

    static final String FOLDER = "picture";

    private final ExportService exports;
    private final IncidentViewModel incident;
    private final StatusViewModel status;
    private final AppPreferences preferences;
    private final PictureClipboard clipboard;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>();
    private final ObjectProperty<Size> size = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();

    public PictureViewModel(ExportService exports, IncidentViewModel incident, StatusViewModel status,
                            AppPreferences preferences, PictureClipboard clipboard) {
        this.exports = exports;
        this.incident = incident;
        this.status = status;
        this.preferences = preferences;
        this.clipboard = clipboard;
        format.set(named(Format.values(), preferences.choice("picture.format", ""), Format.PNG));
        size.set(named(Size.values(), preferences.choice("picture.size", ""), Size.DOCUMENT));
        theme.set(Theme.named(preferences.choice("picture.theme", "")).orElse(Theme.LIGHT));
    }

    private static <E extends Enum<E>> E named(E[] values, String name, E fallback) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(fallback);
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Size> sizeProperty() {
        return size;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The folder the last picture went to. */
    public Optional<Path> folder() {
        return preferences.folder(FOLDER);
    }

    /** The incident's title made safe for file systems, with the chosen format's ending. */
    public String suggestedFileName() {
        Incident shown = incident.incidentProperty().get();
        String base = shown == null ? "" : shown.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                .replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "timeline" : base + "-timeline") + "." + format.get().extension();
    }

    /** Paints the picture into {@code out} in the background, from the saved incident. */
    public void export(Path out) {
        Incident shown = incident.incidentProperty().get();
        if (shown == null) {
            return;
        }
        remember();
        if (out.toAbsolutePath().getParent() != null) {
            preferences.setFolder(FOLDER, out.toAbsolutePath().getParent());
        }
        Exporter exporter = format.get() == Format.PNG ? new PngExporter(options()) : new SvgExporter(options());
        status.runCancellable("Painting " + out.getFileName() + "…", "Picture saved to " + out,
                "Could not save the picture", progress -> {
                    exports.export(shown.id(), exporter, out, progress);
                    return null;
                }, done -> { }, error -> false);
    }

    /** Paints the picture of the incident as shown, at the chosen size and theme, onto the clipboard. */
    public void copy() {
        Incident shown = incident.incidentProperty().get();
        if (shown == null) {
            return;
        }
        remember();
        PictureOptions options = options();
        PngExporter painter = new PngExporter(options);
        status.run("Painting the picture…", "Picture copied; paste it into a document or a slide",
                "Could not copy the picture", progress -> {
                    BufferedImage image = painter.image(shown);
                    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                }, pixels -> clipboard.putImage(options.width(), options.height(), pixels));
    }

    private PictureOptions options() {
        return new PictureOptions(size.get().width, size.get().height, theme.get());
    }

    private void remember() {
        preferences.setChoice("picture.format", format.get().name());
        preferences.setChoice("picture.size", size.get().name());
        preferences.setChoice("picture.theme", theme.get().name());
    }
}
