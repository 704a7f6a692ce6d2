package dev.aftermath.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.CallingThreadTaskRunner;
import dev.aftermath.app.fx.RecordingDialogs;
import dev.aftermath.app.incidents.EntryDraft;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.timeline.TimeWindow;
import dev.aftermath.timeline.TimelineFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    private static final long RESOLVED = TimelineFixtures.berlin(15, 52).toEpochMilli();
    private static final long TRIGGERED = TimelineFixtures.berlin(13, 52).toEpochMilli();

    @TempDir
    Path folder;

    private SqliteIncidentStore store;
    private Preferences node;
    private MainViewModel main;
    private TimelineViewModel timeline;
    private final Incident payments = TimelineFixtures.payments();

    @BeforeEach
    void showPayments() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        store.save(payments);
        node = Preferences.userRoot().node("dev/aftermath/test/" + UUID.randomUUID());
        main = new MainViewModel(store, new StatusViewModel(new CallingThreadTaskRunner(), new RecordingDialogs()),
                new AppPreferences(node));
        timeline = TimelineViewModel.editing(main.incident().incidentProperty(),
                main.incident().selectedEntryProperty(), new CallingThreadTaskRunner());
        main.load();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        node.removeNode();
    }

    private TimeWindow window() {
        return timeline.windowProperty().get();
    }

    @Test
    void anOpenedIncidentIsPreparedAndFittedToItsWindow() {
        assertEquals(payments.id(), timeline.preparedProperty().get().incident().id());
        assertFalse(timeline.preparingProperty().get());
        assertTrue(window().shows(TRIGGERED, 0.01) && window().shows(RESOLVED, 0.01));
        assertTrue(window().span() < Duration.ofHours(2).plusMinutes(20).toMillis());
    }

    @Test
    void zoomingKeepsTheInstantUnderThePointerAndStopsAtTheLimits() {
        long anchor = TimelineFixtures.berlin(14, 37).toEpochMilli();
        double shareBefore = (anchor - window().start()) / window().span();
        double spanBefore = window().span();

        timeline.zoom(4, anchor);

        assertEquals(spanBefore / 4, window().span(), 1e-6);
        assertEquals(shareBefore, (anchor - window().start()) / window().span(), 1e-9);
        for (int i = 0; i < 40; i++) {
            timeline.zoomOut();
        }
        long[] everything = timeline.preparedProperty().get().extent().orElseThrow();
        assertEquals(1.5 * (everything[1] - everything[0]), window().span(), 1e-6);
        for (int i = 0; i < 80; i++) {
            timeline.zoomIn();
        }
        assertEquals(TimeWindow.MIN_SPAN, window().span());
    }

    @Test
    void zoomInCentresOnTheCursorWhenItIsInView() {
        long cursor = TimelineFixtures.berlin(15, 0).toEpochMilli();
        timeline.cursorProperty().set(cursor);
        double shareBefore = (cursor - window().start()) / window().span();

        timeline.zoomIn();

        assertEquals(shareBefore, (cursor - window().start()) / window().span(), 1e-9);
    }

    @Test
    void panningMovesTheWindowAndFitBringsItBack() {
        TimeWindow fitted = window();

        timeline.pan(60_000);
        assertEquals(fitted.start() + 60_000, window().start(), 1e-6);
        timeline.panBy(-0.5);
        assertEquals(fitted.start() + 60_000 - fitted.span() / 2, window().start(), 1e-6);

        timeline.fit();
        assertEquals(fitted, window());
    }

    @Test
    void endReachesAnEntryFarAfterTheResolutionAndHomeTheFirstPoint() {
        Instant nextDay = Instant.ofEpochMilli(RESOLVED).plus(Duration.ofHours(20));
        main.incident().addEntry(new EntryDraft(nextDay, EntryKind.NOTE,
                "Post-mortem published"));
        timeline.fit();
        assertFalse(window().shows(nextDay.toEpochMilli(), 0));

        timeline.showEnd();
        assertTrue(window().shows(nextDay.toEpochMilli(), 0));

        timeline.showStart();
        assertTrue(window().shows(payments.series().get(0).timestamps()[0], 0));
    }

    @Test
    void tabStepsThroughTheEntriesInTimeOrderAndWraps() {
        List<TimelineEntry> entries = payments.entries();

        timeline.selectNext(true);
        assertEquals(entries.get(0).id(), main.incident().selectedEntryProperty().get());
        timeline.selectNext(true);
        assertEquals(entries.get(1).id(), main.incident().selectedEntryProperty().get());
        timeline.selectNext(false);
        timeline.selectNext(false);
        assertEquals(entries.get(entries.size() - 1).id(), main.incident().selectedEntryProperty().get());
    }

    @Test
    void selectingAnEntryOutOfViewElsewherePansToItKeepingTheZoom() {
        timeline.zoom(8, TRIGGERED);
        double span = window().span();
        TimelineEntry last = payments.entries().get(payments.entries().size() - 1);
        assertFalse(window().shows(last.at().toEpochMilli(), 0));

        main.incident().selectedEntryProperty().set(last.id());

        assertTrue(window().shows(last.at().toEpochMilli(), 0.02));
        assertEquals(span, window().span(), 1e-6);
    }

    @Test
    void expandingAClusterZoomsInOnItsEntries() {
        List<UUID> cluster = List.of(payments.entries().get(8).id(), payments.entries().get(9).id());
        double before = window().span();

        timeline.expand(cluster);

        assertTrue(window().span() <= before / 2);
        assertTrue(window().shows(payments.entries().get(8).at().toEpochMilli(), 0)
                && window().shows(payments.entries().get(9).at().toEpochMilli(), 0));
    }

    @Test
    void movingAnEntryIsOneUndoableEditThatKeepsTheViewAndThePyramids() {
        var pyramid = timeline.preparedProperty().get().pyramid(0);
        timeline.zoom(3, TRIGGERED);
        TimeWindow zoomed = window();
        TimelineEntry page = payments.entries().get(2);

        main.incident().moveEntry(page.id(), page.at().plusMillis(95_600));

        Instant moved = timeline.preparedProperty().get().entry(page.id()).orElseThrow().at();
        assertEquals(page.at().plusSeconds(96), moved, "rounded to the second");
        assertEquals(zoomed, window());
        assertSame(pyramid, timeline.preparedProperty().get().pyramid(0));
        assertEquals(moved, store.find(payments.id()).orElseThrow().entries().stream()
                .filter(entry -> entry.id().equals(page.id())).findFirst().orElseThrow().at(), "saved");
        assertTrue(main.history().undoDescriptionProperty().get().startsWith("Move entry 'Error-rate alert"));

        main.undo();
        assertEquals(page.at(), timeline.preparedProperty().get().entry(page.id()).orElseThrow().at());
    }

    @Test
    void aThresholdIsSetOnTheSeriesSavedAndUndone() {
        UUID latency = payments.series().get(0).id();

        main.incident().setThreshold(latency, 1500.0);

        assertEquals(1500.0, timeline.preparedProperty().get().series().get(0).threshold());
        assertEquals(1500.0, store.find(payments.id()).orElseThrow().series().get(0).threshold());
        main.undo();
        assertNull(timeline.preparedProperty().get().series().get(0).threshold());
    }

    @Test
    void acceptingASuggestedImpactStartAddsAnEntryFromTheMetric() {
        Incident unknownImpact = payments.withPinnedMilestones(Map.of()).withEntries(payments.entries()
                .stream().filter(entry -> entry.kind() != EntryKind.IMPACT_STARTED).toList());
        main.incident().incidentProperty().set(unknownImpact);
        var suggestion = timeline.preparedProperty().get().suggestions().get(0);

        main.incident().addImpactStart(suggestion.at(), suggestion.entryText());

        TimelineEntry added = main.incident().findEntry(main.incident().selectedEntryProperty().get()).orElseThrow();
        assertEquals(EntryKind.IMPACT_STARTED, added.kind());
        assertEquals(suggestion.at(), added.at());
        assertTrue(timeline.preparedProperty().get().suggestions().stream()
                .noneMatch(left -> left.seriesId().equals(suggestion.seriesId())));
        main.undo();
        assertEquals(2, timeline.preparedProperty().get().suggestions().size());
    }

    @Test
    void theTooltipTellsTheWholeTextAndWhereItCameFrom() {
        String text = timeline.describe(payments.entries().get(0).id());

        assertTrue(text.startsWith("Trigger · 2025-03-11 13:52:00"), text);
        assertTrue(text.contains("Pool limit for the payments database lowered from 200 to 40"));
        assertTrue(text.endsWith("Source: report — report.txt:1"), text);
    }

    @Test
    void closingTheIncidentEmptiesTheTimeline() {
        main.list().selectedProperty().set(null);

        assertNull(timeline.preparedProperty().get());
        assertNull(window());
    }
}
