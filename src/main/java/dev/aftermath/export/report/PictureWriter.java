package dev.aftermath.export.report;

import dev.aftermath.model.Incident;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Draws the incident's timeline picture as PNG. Exporters take one optionally: without it they show no picture,
 * which is also what {@code --no-picture} asks for.
 */
@FunctionalInterface
public interface PictureWriter {

    void writePng(Incident incident, OutputStream out) throws IOException;
}
