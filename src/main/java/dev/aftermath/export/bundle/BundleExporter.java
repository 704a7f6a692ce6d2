package dev.aftermath.export.bundle;

import dev.aftermath.bundle.BundleFormat;
import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.model.Incident;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the incident file that {@code import} reads back: every field, losslessly. */
public final class BundleExporter implements Exporter {

    public static final String FORMAT = "json";

    private final BundleWriter writer = new BundleWriter();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return BundleFormat.FILE_EXTENSION;
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        writer.write(incident, out);
    }
}
