package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.Theme;
import dev.aftermath.model.TimelineEntry;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The main window end to end, headless: the way a user creates, edits, undoes and finds an incident again. */
class MainWindowSmokeTest extends HeadlessAppTest {

    @SuppressWarnings("unchecked")
    private List<TimelineEntry> entries() {
        return ((TableView<TimelineEntry>) find("#entries")).getItems();
    }

    private void createIncident(String title) {
        push(KeyCode.CONTROL, KeyCode.N);
        TextField field = find("#incident-title");
        assertTrue(field.isFocused(), "a new incident's title is ready for typing");
        robot.write(title).type(KeyCode.ENTER);
    }

    private void addEntry(String time, String text) {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        robot.clickOn(".dialog-pane .text-area").write(text);
        TextField timeField = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(timeField).push(KeyCode.CONTROL, KeyCode.A).write(time);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String undoMenuText() {
        MenuBar bar = find(".menu-bar");
        MenuItem undo = bar.getMenus().get(1).getItems().get(0);
        return undo.getText();
    }

    @Test
    void anEmptyWorkspaceTellsWhatToDoFirst() {
        assertTrue(find("#welcome-new").isVisible());
    }

    @Test
    void createAnIncidentAddAnEntryUndoRedoAndFindItAfterRestart() throws Exception {
        createIncident("Checkout errors");
        addEntry("2025-11-22 08:24", "Rollback started");

        assertEquals(1, entries().size());
        assertEquals("Rollback started", entries().get(0).text());
        assertTrue(robot.lookup("2025-11-22 08:24:00").tryQuery().isPresent(), "time shown in the incident's zone");
        assertEquals("_Undo Add entry 'Rollback started'", undoMenuText());

        push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(entries().isEmpty());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, entries().size());

        restart();

        ListView<?> incidents = find("#incidents");
        assertEquals(1, incidents.getItems().size());
        assertEquals("Checkout errors", ((TextField) find("#incident-title")).getText());
        assertEquals("Rollback started", entries().get(0).text());
    }

    @Test
    void aTimeThatIsNoTimeKeepsTheDialogOpenAndSaysWhy() {
        createIncident("Typo");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        robot.clickOn(".dialog-pane .text-area").write("Something");
        TextField timeField = robot.lookup(".dialog-pane .text-field").query();
        robot.clickOn(timeField).push(KeyCode.CONTROL, KeyCode.A).write("8h24");

        assertTrue(robot.lookup(".button").match((Node button) -> button.isDisabled()).tryQuery().isPresent());
        assertTrue(robot.lookup((Node node) -> node instanceof javafx.scene.control.Label label
                && label.getText() != null && label.getText().contains("'8h24' is not a time")).tryQuery()
                .isPresent());
        robot.clickOn("Cancel");
        assertTrue(entries().isEmpty());
    }

    @Test
    void keyboardDeletesTheSelectedIncidentAndRedoWorksWithCtrlY() {
        createIncident("Short-lived");
        ListView<?> incidents = find("#incidents");
        robot.clickOn(incidents);
        push(KeyCode.DELETE);
        assertTrue(incidents.getItems().isEmpty());
        assertTrue(find("#welcome-new").isVisible());

        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, incidents.getItems().size());
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, incidents.getItems().size());
        assertEquals("Short-lived", ((TextField) find("#incident-title")).getText());
    }

    @Test
    void theViewMenuSwitchesToTheDarkThemeAndRemembersIt() throws Exception {
        MenuBar bar = find(".menu-bar");
        MenuItem dark = bar.getMenus().get(2).getItems().get(Theme.DARK.ordinal());
        robot.interact(dark::fire);

        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertEquals(Theme.DARK, AppPreferences.forUser().theme());

        restart();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        MenuItem light = ((MenuBar) find(".menu-bar")).getMenus().get(2).getItems().get(Theme.LIGHT.ordinal());
        robot.interact(light::fire);
        assertEquals(Theme.LIGHT, AppPreferences.forUser().theme());
    }

    @Test
    void ctrlFSearchesTheListAndEscapeClearsTheSearch() {
        createIncident("Checkout errors");
        createIncident("Search latency");
        ListView<?> incidents = find("#incidents");

        push(KeyCode.CONTROL, KeyCode.F);
        robot.write("checkout");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, incidents.getItems().size());

        push(KeyCode.ESCAPE);
        assertEquals(2, incidents.getItems().size());
        assertTrue(incidents.isFocused());
    }

    @Test
    void insertAddsAnEntryFromTheTableHeadedEntries() {
        createIncident("Insert key");
        assertEquals("Entries", robot.lookup(".entries .section-toolbar .title-4").queryAs(Label.class).getText(),
                "the timeline above is the timeline; the table holds its entries");
        robot.clickOn("#entries");
        push(KeyCode.INSERT);
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-area").write("Noted");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Noted", entries().get(0).text());
        assertTrue(robot.lookup(".dialog-pane .text-area").tryQuery().isEmpty(), "the entry dialog closed");
    }
}
