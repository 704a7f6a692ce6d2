package dev.aftermath.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.WorkspaceChoice;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.work.UserFacingException;
import dev.aftermath.workspace.WorkspaceOpener.OpenedWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOpenerTest {

    @TempDir
    Path folder;

    private final WorkspaceOpener opener = new WorkspaceOpener(SqliteIncidentStore::open, SampleLibrary.bundled());

    private Path defaultFile() {
        return folder.resolve("data").resolve("aftermath").resolve("workspace.db");
    }

    @Test
    void theDefaultWorkspaceIsCreatedWithTheSamples() {
        try (OpenedWorkspace opened = opener.open(new WorkspaceChoice(defaultFile(), true))) {
            assertEquals(5, opened.samplesAdded().size());
            assertEquals(5, opened.store().list().size());
        }
    }

    @Test
    void theDefaultWorkspaceGetsTheSamplesOnlyOnceEvenWhenTheUserDeletesThemAll() {
        try (OpenedWorkspace first = opener.open(new WorkspaceChoice(defaultFile(), true))) {
            first.store().list().forEach(incident -> first.store().delete(incident.id()));
        }

        try (OpenedWorkspace second = opener.open(new WorkspaceChoice(defaultFile(), true))) {
            assertTrue(second.samplesAdded().isEmpty());
            assertTrue(second.store().list().isEmpty());
        }
    }

    @Test
    void aDefaultWorkspaceThatAlreadyExistsIsLeftAsItIs() {
        SqliteIncidentStore.open(defaultFile()).close();

        try (OpenedWorkspace opened = opener.open(new WorkspaceChoice(defaultFile(), true))) {
            assertTrue(opened.store().list().isEmpty());
        }
    }

    @Test
    void aWorkspaceNamedByTheUserStartsEmpty() {
        try (OpenedWorkspace opened = opener.open(WorkspaceChoice.given(folder.resolve("named.db")))) {
            assertTrue(opened.samplesAdded().isEmpty());
            assertTrue(opened.store().list().isEmpty());
        }
    }

    @Test
    void whenTheSamplesCannotBeReadTheWorkspaceIsClosedAgain() {
        WorkspaceOpener broken = new WorkspaceOpener(SqliteIncidentStore::open,
                new SampleLibrary("/dev/aftermath/no-such-folder/"));

        assertThrows(UserFacingException.class, () -> broken.open(new WorkspaceChoice(defaultFile(), true)));

        try (IncidentStore reopened = SqliteIncidentStore.open(defaultFile())) {
            assertTrue(reopened.list().isEmpty(), "the file is free to open: the failed attempt let go of it");
        }
    }
}
