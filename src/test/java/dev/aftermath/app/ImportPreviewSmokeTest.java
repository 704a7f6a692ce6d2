package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.importing.PreviewEntry;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.TimelineEntry;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The import preview headless, the way a user reaches it: copy a status page, press Ctrl+V, look, import. */
class ImportPreviewSmokeTest extends HeadlessAppTest {

    private static final String COPIED_PAGE = """
            Slow search in Europe
            Incident Report for Example Search
            Resolved
            Searches are fast again.
            Posted Mar 14, 2025 - 09:50 UTC
            Identified
            A bad index setting is being rolled back.
            Posted Mar 14, 2025 - 09:31 UTC
            Investigating
            We are looking into slow searches.
            Posted Mar 14, 2025 - 09:20 UTC
            """;

    private void pasteCopiedPage() {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(COPIED_PAGE);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PreviewEntry> previewEntries() {
        return find("#preview-entries");
    }

    @SuppressWarnings("unchecked")
    private List<TimelineEntry> storedEntries() {
        return ((TableView<TimelineEntry>) find("#entries")).getItems();
    }

    @Test
    void ctrlVWithACopiedPageOpensThePreviewAndImportStoresWhatItShows() {
        pasteCopiedPage();

        assertEquals("1 file · 1 incident · 3 entries · 0 series · 0 warnings",
                ((Label) find("#preview-summary")).getText());
        assertEquals(3, previewEntries().getItems().size());
        assertTrue(robot.lookup("2025-03-14 09:31").tryQuery().isPresent(), "times in UTC");

        Node identifiedRow = robot.lookup("#preview-entries .table-row-cell").nth(1).query();
        robot.clickOn(robot.from((Node) identifiedRow).lookup(".kind-choice").queryAs(ComboBox.class));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> cell) ->
                cell.getItem() == EntryKind.MITIGATED).queryAs(ListCell.class));
        Node investigatingRow = robot.lookup("#preview-entries .table-row-cell").nth(0).query();
        robot.clickOn(robot.from((Node) investigatingRow).lookup(".check-box").queryAs(CheckBox.class));
        robot.clickOn("#preview-import");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#preview-entries").tryQuery().isPresent(), "the preview closed");
        List<TimelineEntry> stored = storedEntries();
        assertEquals(List.of("A bad index setting is being rolled back.", "Searches are fast again."),
                stored.stream().map(TimelineEntry::text).toList());
        assertEquals(EntryKind.MITIGATED, stored.get(0).kind());
        assertTrue(robot.lookup("#incident-title").queryAs(TextField.class).getText()
                .startsWith("Slow search in Europe"));
    }

    @Test
    void escapeClosesThePreviewAndStoresNothing() {
        pasteCopiedPage();
        assertTrue(robot.lookup("#preview-entries").tryQuery().isPresent());

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#preview-entries").tryQuery().isPresent());
        assertTrue(find("#welcome-new").isVisible(), "the workspace is still empty");
    }

    @Test
    void thePreviewOpensAtTheSizeTheLastOneWasClosedAt() {
        pasteCopiedPage();
        Window first = previewEntries().getScene().getWindow();
        robot.interact(() -> {
            first.setWidth(900);
            first.setHeight(600);
        });
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        pasteCopiedPage();

        Window second = previewEntries().getScene().getWindow();
        assertEquals(900, second.getWidth(), 1);
        assertEquals(600, second.getHeight(), 1);
    }
}
