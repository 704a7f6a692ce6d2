package dev.aftermath.store;

/** Another Aftermath process has the workspace open. */
public final class WorkspaceInUseException extends StoreException {

    public WorkspaceInUseException(String message) {
        super(message);
    }
}
