package dev.aftermath.workspace;

import dev.aftermath.work.UserFacingException;
import java.util.UUID;

/** A bundle holds an incident whose id is already in the workspace; asking again with replace overwrites it. */
public final class IncidentExistsException extends UserFacingException {

    private final UUID id;
    private final String file;

    /** @param file the name of the source that holds the incident, as its messages and warnings give it */
    public IncidentExistsException(UUID id, String file) {
        super(file + ": incident " + id + " already exists; use --replace to overwrite it");
        this.id = id;
        this.file = file;
    }

    public UUID id() {
        return id;
    }

    public String file() {
        return file;
    }
}
