package dev.aftermath.export;

import dev.aftermath.model.Incident;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an incident in one format. Deterministic: the same incident gives the same bytes. */
public interface Exporter {

    /** The format's id, as given to {@code --format}: "json", "markdown", "docx" ... */
    String format();

    /** The usual file name ending, without the dot. */
    String fileExtension();

    void write(Incident incident, ExportOptions options, OutputStream out) throws IOException;
}
