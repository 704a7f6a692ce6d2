package dev.aftermath.export.picture;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimelineFrame;
import dev.aftermath.timeline.TimelineRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import javax.imageio.ImageIO;

/** The whole timeline as a PNG image, painted by the same code as the screen; needs no display. */
public final class PngExporter implements Exporter {

    private final PictureOptions picture;

    public PngExporter() {
        this(PictureOptions.DOCUMENT);
    }

    public PngExporter(PictureOptions picture) {
        this.picture = Objects.requireNonNull(picture, "picture");
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public String fileExtension() {
        return "png";
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        if (!ImageIO.write(image(incident), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }

    /** The picture as an image, e.g. for the clipboard. */
    public BufferedImage image(Incident incident) {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_RGB);
        Java2dPainter painter = new Java2dPainter(image);
        try {
            TimelineRenderer.paint(PreparedTimeline.of(incident),
                    TimelineFrame.picture(picture.width(), picture.height(), picture.theme()), painter);
        } finally {
            painter.dispose();
        }
        return image;
    }
}
