package dev.aftermath.workspace;

import dev.aftermath.work.UserFacingException;
import java.util.UUID;

/** A bundle holds an incident whose id is already in the workspace; asking again with replace overwrites it. */
public final class IncidentExistsException extends UserFacingException {

    private final UUID id;

    public IncidentExistsException(UUID id) {
        super("incident " + id + " already exists; use --replace to overwrite it");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
