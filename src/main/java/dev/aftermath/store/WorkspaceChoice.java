package dev.aftermath.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The workspace file to open and how it was chosen.
 *
 * @param isDefault true when nothing named the file (no {@code --db}, no {@code AFTERMATH_DB}): it is the user's own
 *                  workspace in the platform's data folder, the one a newcomer gets
 */
public record WorkspaceChoice(Path file, boolean isDefault) {

    public WorkspaceChoice {
        Objects.requireNonNull(file, "file");
    }

    /** A file the user or a test named. */
    public static WorkspaceChoice given(Path file) {
        return new WorkspaceChoice(file, false);
    }
}
