package dev.aftermath.app.history;

import dev.aftermath.model.Incident;
import java.util.UUID;

/** Where incident edits land: shown at once and saved in the background. */
public interface IncidentWriter {

    void write(Incident incident);

    void remove(UUID id);
}
