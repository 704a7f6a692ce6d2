package dev.aftermath.workspace;

import dev.aftermath.work.UserFacingException;
import java.util.UUID;

/** The user named an incident the workspace does not hold. */
public final class UnknownIncidentException extends UserFacingException {

    private final UUID id;

    public UnknownIncidentException(UUID id) {
        super("no incident " + id + " in this workspace");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
