package dev.aftermath.app.rca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.analysis.ReviewFinding;
import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.importing.Source;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewSection;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.testing.PlantedProblems;
import dev.aftermath.testing.SampleIncidents;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.ImportRequest;
import dev.aftermath.workspace.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewViewModelTest {

    @TempDir
    Path folder;

    private SqliteIncidentStore store;
    private Preferences node;
    private MainViewModel main;
    private ReviewViewModel review;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void openWorkspace() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        StatusViewModel status = new StatusViewModel(new CallingThreadTaskRunner(), new RecordingDialogs());
        main = new MainViewModel(store, status, new AppPreferences(node));
        Clock today = Clock.fixed(PlantedProblems.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        review = new ReviewViewModel(main.incident(), status, opened::add, today);
        main.load();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        node.removeNode();
    }

    private Incident open(Incident incident) {
        store.save(incident);
        main.reload(incident.id());
        return incident;
    }

    private Incident stored() {
        return store.find(main.incident().incidentProperty().get().id()).orElseThrow();
    }

    private String undoDescription() {
        return main.history().undoDescriptionProperty().get();
    }

    private TextSectionViewModel summary() {
        return review.text(ReviewSection.SUMMARY);
    }

    @Test
    void aBurstOfTypingIsOneEditAndUndoTakesItBackWhole() {
        open(PlantedProblems.incident());
        for (String typed : List.of("C", "Ca", "Cache", "Cache miss", "Cache misses")) {
            summary().textProperty().set(typed);
        }
        assertEquals("", stored().rca().summary(), "nothing is saved while typing goes on");
        assertFalse(main.history().canUndoProperty().get());

        summary().commit();

        assertEquals("Cache misses", stored().rca().summary());
        assertEquals("Edit summary", undoDescription());
        main.undo();
        assertEquals("", stored().rca().summary());
        assertEquals("", summary().textProperty().get());
        assertFalse(main.history().canUndoProperty().get(), "one step took back the whole burst");
    }

    @Test
    void textStillBeingTypedIsCommittedBeforeUndoSoUndoTakesBackExactlyThat() {
        open(PlantedProblems.incident());
        review.list(ReviewSection.LESSONS).add("Index changes need a review");
        summary().textProperty().set("Typed, never committed");

        main.undo();

        assertEquals("", stored().rca().summary());
        assertEquals(List.of("Index changes need a review"), stored().rca().lessons());
        main.redo();
        assertEquals("Typed, never committed", stored().rca().summary());
    }

    @Test
    void anotherEditCommitsTheTypedTextFirstAsAnEditOfItsOwn() {
        open(PlantedProblems.incident());
        review.text(ReviewSection.ROOT_CAUSE).textProperty().set("An index was dropped by the migration");

        review.actions().add("Review index changes");

        assertEquals("An index was dropped by the migration", stored().rca().rootCause());
        assertEquals("Add action item 'Review index changes'", undoDescription());
        main.undo();
        assertEquals("Edit root cause", undoDescription());
    }

    @Test
    void textTypedForOneIncidentIsSavedThereWhenAnotherIsChosen() {
        Incident first = open(PlantedProblems.incident());
        Incident second = open(SampleIncidents.everyField());
        main.list().selectedProperty().set(first.id());
        summary().textProperty().set("Written for the first one");

        main.list().selectedProperty().set(second.id());

        assertEquals("Written for the first one", store.find(first.id()).orElseThrow().rca().summary());
        assertEquals(second.id(), main.incident().incidentProperty().get().id());
        assertEquals(second.id(), main.list().selectedProperty().get());
        assertEquals(second.rca().summary(), summary().textProperty().get());
    }

    @Test
    void pointsAreAddedEditedReorderedAndRemovedEachAsOneEdit() {
        open(PlantedProblems.incident());
        ListSectionViewModel lessons = review.list(ReviewSection.LESSONS);
        lessons.add("  First  ");
        lessons.add("Second");
        lessons.add("Third");
        lessons.add("   ");

        lessons.move(2, 0);
        assertEquals(List.of("Third", "First", "Second"), stored().rca().lessons());
        assertEquals("Move point in 'lessons'", undoDescription());
        lessons.edit(1, "First, reworded");
        lessons.remove(2);
        assertEquals(List.of("Third", "First, reworded"), lessons.items());

        main.undo();
        main.undo();
        main.undo();
        assertEquals(List.of("First", "Second", "Third"), stored().rca().lessons());
        assertEquals(List.of("First", "Second", "Third"), lessons.items());
    }

    @Test
    void aPublishedReviewIsReadOnlyUntilReopened() {
        open(PlantedProblems.incident().withStatus(ReviewStatus.PUBLISHED));
        assertTrue(review.readOnly().get());

        review.list(ReviewSection.LESSONS).add("Ignored");
        summary().textProperty().set("Ignored too");
        summary().commit();
        assertNull(review.actions().add("Ignored as well"));
        review.draftFromTimeline();
        assertEquals(PlantedProblems.incident().rca(), stored().rca());
        assertFalse(main.history().canUndoProperty().get());

        review.reopen();

        assertFalse(review.readOnly().get());
        assertEquals(ReviewStatus.DRAFT, stored().status());
        review.list(ReviewSection.LESSONS).add("Now it counts");
        assertEquals(List.of("Now it counts"), stored().rca().lessons());
    }

    @Test
    void draftFromTimelineFillsTheEmptySectionsAsOneUndoableEdit() {
        open(PlantedProblems.incident());
        assertTrue(review.canDraftProperty().get());

        review.draftFromTimeline();

        assertTrue(stored().rca().summary().startsWith("A SEV2 incident affected orders from 2025-03-04 09:00 UTC"),
                stored().rca().summary());
        assertTrue(stored().rca().impact().contains("order error rate peaked at 9%"), stored().rca().impact());
        assertEquals("Draft from timeline", undoDescription());
        assertFalse(review.canDraftProperty().get(), "nothing is left to draft");
        main.undo();
        assertTrue(stored().rca().summary().isEmpty() && stored().rca().impact().isEmpty());
    }

    @Test
    void actionItemsAreEditedFilteredAndFlagged() {
        open(PlantedProblems.incident());
        ActionItemsViewModel actions = review.actions();
        assertEquals(1, actions.overdueProperty().get());
        assertEquals(1, actions.ownerlessProperty().get(), "done items need no owner");

        UUID added = actions.add("Alarm on replication lag");
        actions.setOwner(added, " Ana ");
        actions.setDue(added, LocalDate.of(2025, 3, 1));
        assertEquals("Change due date of 'Alarm on replication lag'", undoDescription());
        assertEquals(2, actions.overdueProperty().get());

        actions.filterProperty().set(ActionFilter.OVERDUE);
        assertEquals(List.of("Alert on order error ratio", "Alarm on replication lag"),
                actions.shown().stream().map(ActionItem::text).toList());
        actions.ownerFilterProperty().set("ana");
        assertEquals(List.of("Alarm on replication lag"), actions.shown().stream().map(ActionItem::text).toList());
        actions.setStatus(added, ActionStatus.DONE);
        assertTrue(actions.shown().isEmpty());

        actions.showAll();
        assertEquals(4, actions.shown().size());
        assertEquals(List.of("Ana", "Mia"), actions.owners());
    }

    @Test
    void copyAsMarkdownRendersTheWholeReviewWithoutPictureIncludingTextStillBeingTyped() {
        open(PlantedProblems.incident());
        summary().textProperty().set("Orders failed for **100 minutes**.");
        List<String> clipboard = new ArrayList<>();

        review.copyAsMarkdown(clipboard::add);

        String markdown = clipboard.get(0);
        assertTrue(markdown.startsWith("# Order errors after a migration\n"), markdown);
        assertTrue(markdown.contains("## Summary\n\nOrders failed for **100 minutes**.\n"), markdown);
        assertTrue(markdown.contains("| Alert on order error ratio | — | Mia | P1 | 2025-03-14 | In progress |"),
                markdown);
        assertFalse(markdown.contains("!["), "no picture");
    }

    @Test
    void onlyWebAndMailLinksAreOpened() {
        open(PlantedProblems.incident());
        review.openLink("https://tracker.example/ORD-7");
        review.openLink("file:///etc/passwd");
        review.openLink("mailto:sre@example.com");

        assertEquals(List.of("https://tracker.example/ORD-7", "mailto:sre@example.com"), opened);
        assertTrue(main.status().messageProperty().get().startsWith("Opened mailto:"));
    }

    @Test
    void showsTheChecksTheStoryAndHowMuchIsWritten() {
        open(PlantedProblems.incident());

        assertTrue(review.findings().stream().anyMatch(finding -> finding.check()
                == ReviewFinding.Check.EMPTY_ROOT_CAUSE));
        assertTrue(review.narrative().get(0).startsWith("Identified at 2025-03-04 08:50 UTC"), review.narrative().get(0));
        assertEquals("1 of 9 sections written", review.progressProperty().get());
        review.text(ReviewSection.ROOT_CAUSE).textProperty().set("A dropped index");
        review.text(ReviewSection.ROOT_CAUSE).commit();
        assertTrue(review.findings().stream().noneMatch(finding -> finding.check()
                == ReviewFinding.Check.EMPTY_ROOT_CAUSE));
        assertEquals("2 of 9 sections written", review.progressProperty().get());
    }

    @Test
    void whatAnImportedReportSaysLandsInTheSameFieldsThePersonEdits() throws Exception {
        Path report = folder.resolve("checkout.md");
        try (var fixture = getClass().getResourceAsStream("/dev/aftermath/importing/report/markdown-table-report.md")) {
            Files.copy(fixture, report);
        }
        var imported = new ImportService(store, ImporterRegistry.standard())
                .importSources(List.of(Source.of(report)), ImportRequest.DEFAULT, Progress.NONE);
        main.reload(imported.incidentIds().get(0));

        Incident incident = stored();
        assertTrue(incident.rca().rootCause().startsWith("The new cache key included a request id"));
        assertEquals(incident.rca().rootCause(), review.text(ReviewSection.ROOT_CAUSE).textProperty().get());
        assertEquals(incident.rca().wentWell(), review.list(ReviewSection.WENT_WELL).items());
        assertEquals(incident.rca().couldBeBetter(), review.list(ReviewSection.COULD_BE_BETTER).items());
        assertFalse(review.list(ReviewSection.WENT_WELL).items().isEmpty());
        assertFalse(review.list(ReviewSection.COULD_BE_BETTER).items().isEmpty());
        assertEquals(incident.rca().actionItems(), review.actions().all());
        assertFalse(review.actions().all().isEmpty());
    }
}
