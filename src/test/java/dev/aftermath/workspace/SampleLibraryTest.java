package dev.aftermath.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleLibraryTest {

    /** The telemetry proxy outage of 14 October 2025, the most recent sample. */
    static final UUID NEWEST = UUID.fromString("a0937e95-acd6-4a6e-a876-c849dbc1ac1a");

    @TempDir
    Path folder;

    private IncidentStore store;
    private final SampleLibrary samples = SampleLibrary.bundled();

    @BeforeEach
    void openStore() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void addsEverySampleToAnEmptyWorkspaceAndNamesTheNewestOne() {
        SampleLibrary.SamplesAdded result = samples.addMissing(store, Progress.NONE);

        assertEquals(5, result.added().size());
        assertEquals(0, result.alreadyThere());
        assertEquals(NEWEST, result.newest());
        assertEquals(5, store.list().size());
        assertEquals(NEWEST, store.list().get(0).id(), "the list shows the newest first");
    }

    @Test
    void loadingAgainKeepsTheSamplesAsTheUserChangedThemAndBringsBackDeletedOnes() {
        samples.addMissing(store, Progress.NONE);
        Incident edited = store.find(NEWEST).orElseThrow().withTitle("Our own notes on the proxy outage");
        store.save(edited);
        UUID deleted = store.list().get(4).id();
        store.delete(deleted);

        SampleLibrary.SamplesAdded again = samples.addMissing(store, Progress.NONE);

        assertEquals(List.of(deleted), again.added());
        assertEquals(4, again.alreadyThere());
        assertEquals("Our own notes on the proxy outage", store.find(NEWEST).orElseThrow().title());
        assertEquals(5, store.list().size());
    }

    @Test
    void aMissingSampleFolderSaysTheInstallationIsDamagedAndStoresNothing() {
        UserFacingException failure = assertThrows(UserFacingException.class,
                () -> new SampleLibrary("/dev/aftermath/no-such-folder/").addMissing(store, Progress.NONE));

        assertTrue(failure.getMessage().contains("reinstalling Aftermath"), failure.getMessage());
        assertTrue(store.list().isEmpty());
    }
}
