package dev.aftermath.export.picture;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.model.Incident;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimelineFrame;
import dev.aftermath.timeline.TimelineRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The whole timeline as SVG with text kept as text; the same incident always gives the same bytes. */
public final class SvgExporter implements Exporter {

    private final PictureOptions picture;

    public SvgExporter() {
        this(PictureOptions.DOCUMENT);
    }

    public SvgExporter(PictureOptions picture) {
        this.picture = Objects.requireNonNull(picture, "picture");
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String fileExtension() {
        return "svg";
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        out.write(svg(incident).getBytes(StandardCharsets.UTF_8));
    }

    public String svg(Incident incident) {
        SvgPainter painter = new SvgPainter(picture.width(), picture.height());
        TimelineRenderer.paint(PreparedTimeline.of(incident),
                TimelineFrame.picture(picture.width(), picture.height(), picture.theme()), painter);
        return painter.finish();
    }
}
