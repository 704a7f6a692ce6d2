package dev.aftermath.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.app.incidents.EntryDraft;
import dev.aftermath.app.incidents.IncidentListViewModel;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.Severity;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path folder;

    private SqliteIncidentStore store;
    private Preferences node;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel main;

    @BeforeEach
    void openWorkspace() throws Exception {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        main = newViewModel();
    }

    private MainViewModel newViewModel() {
        MainViewModel viewModel = new MainViewModel(store,
                new StatusViewModel(new CallingThreadTaskRunner(), dialogs), new AppPreferences(node));
        viewModel.load();
        return viewModel;
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        node.removeNode();
    }

    private Incident shown() {
        return main.incident().incidentProperty().get();
    }

    private Incident stored() {
        return store.find(shown().id()).orElseThrow();
    }

    @Test
    void aNewIncidentIsSavedSelectedAndListed() {
        main.newIncident();

        assertEquals(MainViewModel.NEW_TITLE, stored().title());
        assertEquals(shown().id(), main.list().selectedProperty().get());
        assertEquals(1, main.list().shown().size());
        assertFalse(main.list().emptyProperty().get());
    }

    @Test
    void renamingIsOneUndoableEditSavedAtOnce() {
        main.newIncident();
        main.incident().rename("Checkout errors");

        assertEquals("Checkout errors", stored().title());
        assertEquals("Change title", main.history().undoDescriptionProperty().get());

        main.undo();
        assertEquals(MainViewModel.NEW_TITLE, stored().title());
        assertEquals(MainViewModel.NEW_TITLE, main.list().shown().get(0).title());

        main.redo();
        assertEquals("Checkout errors", stored().title());
    }

    @Test
    void unchangedValuesMakeNoEdit() {
        main.newIncident();
        main.incident().rename(MainViewModel.NEW_TITLE);
        main.incident().rename("   ");

        assertEquals("New incident", main.history().undoDescriptionProperty().get());
    }

    @Test
    void addedEntryIsSavedSelectedAndDescribedByItsText() {
        main.newIncident();
        Instant at = Instant.parse("2025-11-22T07:24:00Z");
        main.incident().addEntry(new EntryDraft(at, EntryKind.ACTION, "Rollback started"));

        assertEquals(1, stored().entries().size());
        assertEquals("Rollback started", stored().entries().get(0).text());
        assertEquals(stored().entries().get(0).id(), main.incident().selectedEntryProperty().get());
        assertEquals("Add entry 'Rollback started'", main.history().undoDescriptionProperty().get());
        assertEquals(at, main.list().shown().get(0).start());
    }

    @Test
    void editedAndDeletedEntriesAreUndoable() {
        main.newIncident();
        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-22T07:24:00Z"), EntryKind.NOTE, "first"));
        var entry = shown().entries().get(0);
        main.incident().updateEntry(entry.id(),
                new EntryDraft(Instant.parse("2025-11-22T07:30:00Z"), EntryKind.DETECTED, "Alert fired"));
        assertEquals(EntryKind.DETECTED, stored().entries().get(0).kind());

        main.incident().deleteEntry(shown().entries().get(0));
        assertTrue(stored().entries().isEmpty());

        main.undo();
        assertEquals("Alert fired", stored().entries().get(0).text());
        main.undo();
        assertEquals("first", stored().entries().get(0).text());
    }

    @Test
    void headerFieldsChangeAndShowTheZoneInTheTimeHeader() {
        main.newIncident();
        IncidentViewModel incident = main.incident();
        incident.changeSeverity(Severity.SEV2);
        incident.changeZone("Europe/Berlin");
        incident.changeAffected(" checkout, payments-api ,, checkout");

        assertEquals(Severity.SEV2, stored().severity());
        assertEquals(ZoneId.of("Europe/Berlin"), stored().zone());
        assertEquals(List.of("checkout", "payments-api"), stored().affected());
        assertEquals("Time (Europe/Berlin)", incident.timeHeaderProperty().get());
    }

    @Test
    void theListShowsTheStartInTheIncidentsZoneAndFollowsAChangeOfZone() {
        main.newIncident();
        main.incident().changeZone("UTC");
        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-22T07:24:00Z"), EntryKind.NOTE, "first"));
        assertEquals("2025-11-22 07:24 UTC", IncidentListViewModel.startText(main.list().shown().get(0)));

        main.incident().changeZone("Asia/Kolkata");

        assertEquals("2025-11-22 12:54 IST", IncidentListViewModel.startText(main.list().shown().get(0)));
        assertEquals(ZoneId.of("Asia/Kolkata"), store.list().get(0).zone());
    }

    @Test
    void anUnknownZoneIsRefusedWithAMessageAndChangesNothing() {
        main.newIncident();
        main.incident().changeZone("Europe/Atlantis");

        assertTrue(main.incident().zoneErrorProperty().get().contains("Europe/Atlantis"));
        assertEquals("New incident", main.history().undoDescriptionProperty().get());
    }

    @Test
    void pinningAMilestoneOverridesTheEntriesAndUnpinningRestoresThem() {
        main.newIncident();
        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-22T07:00:00Z"), EntryKind.IMPACT_STARTED,
                "errors"));
        Instant pinned = Instant.parse("2025-11-22T06:55:00Z");
        main.incident().pin(Milestone.IMPACT_STARTED, pinned);

        assertEquals(pinned, stored().pinnedMilestones().get(Milestone.IMPACT_STARTED));
        var row = main.incident().milestones().get(Milestone.IMPACT_STARTED.ordinal());
        assertTrue(row.pinned());
        assertEquals(pinned, row.at());

        main.incident().unpin(Milestone.IMPACT_STARTED);
        assertTrue(stored().pinnedMilestones().isEmpty());
        assertFalse(main.incident().milestones().get(Milestone.IMPACT_STARTED.ordinal()).pinned());
    }

    @Test
    void durationsAndChecksFollowTheEntries() {
        main.newIncident();
        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-22T07:00:00Z"), EntryKind.IMPACT_STARTED,
                "errors"));
        assertEquals(1, main.incident().warnings().size(), "no detection yet");

        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-22T07:33:30Z"), EntryKind.DETECTED,
                "alert"));
        assertTrue(main.incident().warnings().isEmpty());
        assertEquals("Time to detect", main.incident().durations().get(0).name());
        assertEquals("34 min", main.incident().durations().get(0).value(), "as exports write it");
    }

    @Test
    void deletingAnIncidentIsUndoneBySavingItBack() {
        main.newIncident();
        main.incident().rename("Keep me");
        UUID id = shown().id();

        main.deleteSelected();
        assertTrue(store.find(id).isEmpty());
        assertNull(shown());
        assertTrue(main.list().emptyProperty().get());
        assertEquals("Delete incident 'Keep me'", main.history().undoDescriptionProperty().get());

        main.undo();
        assertEquals("Keep me", store.find(id).orElseThrow().title());
        assertEquals(id, main.list().selectedProperty().get());
    }

    @Test
    void undoingAnEditOnAnotherIncidentSelectsThatIncident() {
        main.newIncident();
        main.incident().rename("First");
        UUID first = shown().id();
        main.newIncident();

        main.undo();
        main.undo();

        assertEquals(first, main.list().selectedProperty().get());
        assertEquals(MainViewModel.NEW_TITLE, shown().title());
    }

    @Test
    void searchFiltersTheListByTitle() {
        main.newIncident();
        main.incident().rename("Checkout errors");
        main.newIncident();
        main.incident().rename("Search latency");

        main.list().searchProperty().set("CHECK");

        assertEquals(List.of("Checkout errors"), main.list().shown().stream().map(s -> s.title()).toList());
    }

    @Test
    void reopeningSelectsTheIncidentOpenLastTime() {
        main.newIncident();
        main.incident().rename("Older");
        UUID older = shown().id();
        main.newIncident();
        main.list().selectedProperty().set(older);

        main = newViewModel();

        assertEquals(older, main.list().selectedProperty().get());
        assertEquals("Older", shown().title());
    }

    @Test
    void aFailedSaveIsReportedWithoutAStackTrace() {
        main.newIncident();
        store.close();

        main.incident().rename("Lost");

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Could not save the change: "), dialogs.errors.get(0));
        assertFalse(dialogs.errors.get(0).contains("Exception"), dialogs.errors.get(0));
    }
}
