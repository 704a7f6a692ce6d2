package dev.aftermath.workspace;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.WorkspaceChoice;
import dev.aftermath.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Opens a workspace for either front end, and is the one place that decides about the first run: when the user's
 * default workspace does not exist yet, it is created with the sample incidents in it, so that a newcomer starts on
 * a populated list. A workspace named with {@code --db} or {@code AFTERMATH_DB} starts empty: whoever named it has
 * a purpose for it.
 */
public final class WorkspaceOpener {

    private final Function<Path, IncidentStore> stores;
    private final SampleLibrary samples;

    /** @param stores opens (creating when missing) the store in a file */
    public WorkspaceOpener(Function<Path, IncidentStore> stores, SampleLibrary samples) {
        this.stores = stores;
        this.samples = samples;
    }

    public OpenedWorkspace open(WorkspaceChoice choice) {
        boolean firstRun = choice.isDefault() && Files.notExists(choice.file());
        IncidentStore store = stores.apply(choice.file());
        if (!firstRun) {
            return new OpenedWorkspace(choice.file(), store, List.of());
        }
        try {
            return new OpenedWorkspace(choice.file(), store, samples.addMissing(store, Progress.NONE).added());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * An open workspace.
     *
     * @param samplesAdded the samples stored because the workspace was created just now; empty on every other run
     */
    public record OpenedWorkspace(Path file, IncidentStore store, List<UUID> samplesAdded) implements AutoCloseable {

        public OpenedWorkspace {
            samplesAdded = List.copyOf(samplesAdded);
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
