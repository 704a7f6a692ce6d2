package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.store.WorkspaceChoice;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What a newcomer sees in the first window: the samples, the newest one open, and a tip they can dismiss. */
class FirstRunWindowTest extends HeadlessAppTest {

    /** The user's default workspace, in a folder that does not exist yet: a first run. */
    @Override
    protected WorkspaceChoice workspace() {
        return new WorkspaceChoice(folder.resolve("data").resolve("workspace.db"), true);
    }

    @Test
    void theFirstWindowOpensOnTheMostRecentSampleWithATipForTheMainActions() {
        ListView<?> incidents = find("#incidents");
        assertEquals(5, incidents.getItems().size());
        assertEquals(0, incidents.getSelectionModel().getSelectedIndex());
        assertEquals("Telemetry proxy outage used up every Europe web server thread",
                ((TextField) find("#incident-title")).getText());

        assertTrue(find("#tip-bar").isVisible());
        String tip = ((Label) find("#tip-text")).getText();
        assertTrue(tip.contains("Ctrl+O") && tip.contains("F5") && tip.contains("Ctrl+E"), tip);
    }

    @Test
    void aDismissedTipStaysAwayAfterARestartAndTheSamplesAreNotAddedTwice() throws Exception {
        robot.clickOn("#tip-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(find("#tip-bar").isVisible());
        assertTrue(AppPreferences.forUser().tipDismissed());

        restart();

        assertFalse(find("#tip-bar").isVisible());
        assertEquals(5, ((ListView<?>) find("#incidents")).getItems().size());
    }

    @Test
    void helpLoadsTheSamplesAgainAndSaysTheyWereThereAlready() {
        Menu help = ((MenuBar) find(".menu-bar")).getMenus().get(3);
        assertEquals("_Help", help.getText());

        robot.interact(() -> help.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(5, ((ListView<?>) find("#incidents")).getItems().size());
        assertTrue(((Label) find("#status-message")).getText().startsWith("All 5 sample incidents"),
                ((Label) find("#status-message")).getText());
    }
}
