package dev.aftermath.app.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.HeadlessAppTest;
import dev.aftermath.app.fx.Theme;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.timeline.EntryHit;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.TimeWindow;
import dev.aftermath.timeline.TimelineFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the main window, headless: zoom, pan, selection with the table, moving an entry, presenting. */
class TimelineViewTest extends HeadlessAppTest {

    private final Incident payments = TimelineFixtures.payments();

    @Override
    protected void beforeLaunch() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(workspaceFile())) {
            store.save(payments);
            store.save(impactUnknown(payments));
        }
    }

    @BeforeEach
    void letTheTimelinePaint() {
        settle();
    }

    /** Lets the frame timer repaint after an input. */
    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(120, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineView timeline() {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    private TimeWindow window() {
        return timeline().viewModel().windowProperty().get();
    }

    private PaintedTimeline painted() {
        PaintedTimeline painted = timeline().paintedProperty().get();
        assertNotNull(painted, "the timeline has been painted");
        return painted;
    }

    /** A point of the painted canvas on the screen. */
    private Point2D screen(double x, double y) {
        Canvas canvas = robot.from(timeline()).lookup((Node node) -> node instanceof Canvas).queryAs(Canvas.class);
        return canvas.localToScreen(x, y);
    }

    private EntryHit hitOf(TimelineEntry entry) {
        return painted().hits().stream().filter(hit -> hit.entryIds().equals(List.of(entry.id()))).findFirst()
                .orElseThrow(() -> new AssertionError("no label for " + entry.text()));
    }

    /** The {@code n}th entry, in time order, that has a label of its own at the current zoom. */
    private TimelineEntry labelled(int n) {
        List<UUID> single = painted().hits().stream().filter(hit -> hit.entryIds().size() == 1)
                .map(hit -> hit.entryIds().get(0)).toList();
        return payments.entries().stream().filter(entry -> single.contains(entry.id())).skip(n).findFirst()
                .orElseThrow();
    }

    private Point2D markerOf(TimelineEntry entry) {
        EntryHit hit = hitOf(entry);
        return screen(painted().scale().x(entry.at()), hit.y() + hit.height() / 2);
    }

    /** A point in the plot with nothing on it: the lower part of the last metric strip. */
    private Point2D emptyPlot(double share) {
        PaintedTimeline frame = painted();
        PaintedTimeline.StripHit strip = frame.strips().get(frame.strips().size() - 1);
        return screen(frame.scale().left() + share * frame.scale().width(), strip.bottom() - 4);
    }

    @SuppressWarnings("unchecked")
    private TableView<TimelineEntry> table() {
        return (TableView<TimelineEntry>) robot.lookup("#entries").queryAs(TableView.class);
    }

    /** Which way a wheel turn zooms differs between platforms' robots, so both turns are made. */
    @Test
    void theWheelZoomsAroundThePointerAndBack() {
        Point2D point = emptyPlot(0.3);
        double before = window().span();
        double x = painted().scale().left() + 0.3 * painted().scale().width();
        double anchor = painted().scale().millisAt(x);

        robot.moveTo(point).scroll(3, VerticalDirection.UP);
        settle();

        assertNotEquals(before, window().span(), 1, "zoomed");
        assertEquals(anchor, painted().scale().millisAt(x), window().span() / 200,
                "the instant stays under the pointer");
        robot.scroll(3, VerticalDirection.DOWN);
        settle();
        assertEquals(before, window().span(), 1);
    }

    @Test
    void draggingTheBackgroundPansAndDoubleClickFits() {
        TimeWindow fitted = window();
        double millisPerPixel = painted().scale().millisPerPixel();

        robot.drag(emptyPlot(0.6), MouseButton.PRIMARY).moveBy(-150, 0).drop();
        settle();

        assertEquals(fitted.span(), window().span(), 1e-6);
        assertEquals(fitted.start() + 150 * millisPerPixel, window().start(), 20 * millisPerPixel);

        robot.doubleClickOn(emptyPlot(0.5));
        settle();
        assertEquals(fitted, window());
    }

    @Test
    void aClickOnAnEntrySelectsItInTheTableAndTheTableSelectsOnTheTimeline() {
        TimelineEntry page = labelled(1);

        robot.clickOn(markerOf(page));
        settle();

        assertEquals(page, table().getSelectionModel().getSelectedItem());

        TimelineEntry rollback = labelled(3);
        robot.interact(() -> table().getSelectionModel().select(rollback));
        settle();
        assertEquals(rollback.id(), timeline().viewModel().selectedProperty().get());
    }

    @Test
    void draggingAnEntryMovesItToTheSecondAndUndoPutsItBack() {
        TimelineEntry page = labelled(1);
        Point2D from = markerOf(page);
        double millisPerPixel = painted().scale().millisPerPixel();

        robot.drag(from, MouseButton.PRIMARY).moveBy(60, 0).drop();
        settle();

        Instant moved = timeline().viewModel().preparedProperty().get().entry(page.id()).orElseThrow().at();
        assertEquals(0, moved.toEpochMilli() % 1000, "whole seconds");
        assertEquals(page.at().toEpochMilli() + 60 * millisPerPixel, moved.toEpochMilli(), 6 * millisPerPixel);
        assertEquals(moved, table().getItems().stream().filter(entry -> entry.id().equals(page.id())).findFirst()
                .orElseThrow().at(), "the table shows the new time");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertEquals(page.at(), timeline().viewModel().preparedProperty().get().entry(page.id()).orElseThrow().at());
    }

    @Test
    void keysZoomFitAndStepThroughEntries() {
        robot.clickOn(emptyPlot(0.5));
        TimeWindow fitted = window();

        robot.type(KeyCode.ADD);
        settle();
        assertTrue(window().span() < fitted.span());
        robot.type(KeyCode.RIGHT);
        settle();
        assertNotEquals(fitted.centre(), window().centre());
        robot.type(KeyCode.DIGIT0);
        settle();
        assertEquals(fitted, window());

        robot.type(KeyCode.TAB);
        settle();
        assertEquals(payments.entries().get(0), table().getSelectionModel().getSelectedItem());
        assertTrue(timeline().isFocused(), "Tab stays in the timeline");
    }

    @Test
    void presentationStepsThroughEntriesAndEscapeLeavesWithTheLastOneSelected() {
        TimelineEntry start = labelled(1);
        int index = payments.entries().indexOf(start);
        robot.clickOn(markerOf(start));
        robot.push(KeyCode.F5);
        settle();

        Label progress = robot.lookup("#presentation-progress").queryAs(Label.class);
        assertEquals((index + 1) + " / 17", progress.getText());
        robot.push(KeyCode.RIGHT);
        robot.push(KeyCode.RIGHT);
        settle();
        assertEquals((index + 3) + " / 17", progress.getText());
        assertEquals(payments.entries().get(index + 2).text(),
                robot.lookup("#presentation-text").queryAs(Label.class).getText());

        robot.push(KeyCode.ESCAPE);
        settle();
        assertFalse(robot.lookup("#presentation").tryQuery().isPresent(), "presentation closed");
        assertEquals(payments.entries().get(index + 2), table().getSelectionModel().getSelectedItem());
    }

    @Test
    void aClickOnASuggestedImpactStartAddsTheEntryAndUndoRemovesIt() {
        ListView<?> incidents = robot.lookup("#incidents").queryAs(ListView.class);
        robot.interact(() -> incidents.getSelectionModel().select(1));
        settle();
        PaintedTimeline.SuggestionHit badge = painted().suggestions().get(0);
        int before = table().getItems().size();

        robot.clickOn(screen(badge.x() + badge.width() / 2, badge.y() + badge.height() / 2));
        settle();

        assertEquals(before + 1, table().getItems().size());
        assertTrue(table().getItems().stream().anyMatch(entry -> entry.kind() == EntryKind.IMPACT_STARTED
                && entry.at().equals(badge.suggestion().at())));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertEquals(before, table().getItems().size());
    }

    @Test
    void theRightClickMenuPinsAMilestoneAtThePointersTime() {
        Point2D point = emptyPlot(0.5);
        double x = painted().scale().left() + 0.5 * painted().scale().width();
        long at = Math.round(painted().scale().millisAt(x) / 1000.0) * 1000;
        Canvas canvas = robot.from(timeline()).lookup((Node node) -> node instanceof Canvas).queryAs(Canvas.class);
        Point2D scene = canvas.localToScene(canvas.screenToLocal(point));

        // Monocle turns no right click into a context-menu request, as desktop platforms do: send the request.
        robot.interact(() -> Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                scene.getX(), scene.getY(), point.getX(), point.getY(), false, null)));
        robot.clickOn((Node node) -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().startsWith("Pin milestone at"));
        // Across, then down: a slanted path could touch a neighbouring item, which closes the submenu.
        robot.clickOn((Node node) -> node instanceof Labeled labeled && "Detected".equals(labeled.getText())
                && node.getScene() != timeline().getScene(), Motion.HORIZONTAL_FIRST);
        settle();

        Instant pinned = timeline().viewModel().preparedProperty().get().incident().pinnedMilestones()
                .get(Milestone.DETECTED);
        assertEquals(at, pinned.toEpochMilli(), 2000);
    }

    @Test
    void theHighContrastLookReachesTheWindowAndTheTimeline() {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        robot.interact(() -> bar.getMenus().get(2).getItems().get(Theme.CONTRAST.ordinal()).fire());
        settle();

        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertTrue(timeline().getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("contrast.css")));
        assertEquals(dev.aftermath.timeline.Theme.CONTRAST, timeline().viewModel().themeProperty().get());
        robot.interact(() -> bar.getMenus().get(2).getItems().get(Theme.LIGHT.ordinal()).fire());
        assertFalse(timeline().getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("contrast.css")));
    }

    /** The payments incident a day earlier with nothing saying when its impact started. */
    private static Incident impactUnknown(Incident payments) {
        Duration day = Duration.ofDays(1);
        List<TimelineEntry> entries = payments.entries().stream()
                .filter(entry -> entry.kind() != EntryKind.IMPACT_STARTED)
                .map(entry -> entry.withAt(entry.at().minus(day)).withEnd(entry.end() == null ? null
                        : entry.end().minus(day)))
                .toList();
        List<MetricSeries> series = payments.series().stream().map(one -> new MetricSeries(UUID.randomUUID(),
                one.name(), one.unit(), Arrays.stream(one.timestamps()).map(t -> t - day.toMillis()).toArray(),
                one.values())).toList();
        return new Incident(UUID.randomUUID(), "Card payments, impact unknown", null, null, payments.zone(),
                List.of(), entries, series, null, Map.of());
    }
}
