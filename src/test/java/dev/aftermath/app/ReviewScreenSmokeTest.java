package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.ActionItem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Review tab end to end, headless: writing, undoing with Ctrl+Z, and an action item reaching the export. */
class ReviewScreenSmokeTest extends HeadlessAppTest {

    @BeforeEach
    void openTheReviewOfANewIncident() {
        push(KeyCode.CONTROL, KeyCode.N);
        robot.write("Checkout errors").type(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
    }

    @SuppressWarnings("unchecked")
    private List<ActionItem> actionItems() {
        return ((TableView<ActionItem>) find("#action-items")).getItems();
    }

    @Test
    void anActionItemEditedInTheTableIsInTheMarkdownExport() {
        robot.interact(() -> find("#add-action").requestFocus());
        robot.clickOn("#add-action").write("Page the database on-call").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Page the database on-call", actionItems().get(0).text());

        robot.doubleClickOn("No owner").write("Ana").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> priority = robot.lookup("#action-items .cell-choice").nth(0).query();
        robot.clickOn(priority);
        robot.clickOn("P1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ana", actionItems().get(0).owner());

        robot.clickOn("#copy-markdown");
        WaitForAsyncUtils.waitForFxEvents();

        String markdown = clipboardText();
        assertTrue(markdown.contains("## Action items"), markdown);
        assertTrue(markdown.contains("| Page the database on-call | — | Ana | P1 | — | Open |  |"), markdown);
    }

    private String clipboardText() {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void ctrlZInASectionTakesBackWhatWasJustTypedAsOneStep() {
        TextArea summary = find("#section-summary");
        robot.clickOn(summary).write("Checkout failed for 20 minutes.");
        assertEquals("Checkout failed for 20 minutes.", summary.getText());

        push(KeyCode.CONTROL, KeyCode.Z);

        assertEquals("", summary.getText());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("Checkout failed for 20 minutes.", summary.getText());
    }

    @Test
    void pointsAreAddedWithEnterAndMovedWithAltUp() {
        robot.interact(() -> find("#add-lessons").requestFocus());
        robot.clickOn("#add-lessons").write("Alarm on ratios").type(KeyCode.ENTER);
        robot.write("Roll flags out per region").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Roll flags out per region");
        push(KeyCode.ALT, KeyCode.UP);

        assertEquals(List.of("Roll flags out per region", "Alarm on ratios"), lessons());
        assertEquals("_Undo Move point in 'lessons'", undoMenuText());
        push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(List.of("Alarm on ratios", "Roll flags out per region"), lessons());
    }

    /** The points of Lessons as shown, each rendered from its Markdown. */
    private List<String> lessons() {
        return robot.lookup(".list-section .point-row").queryAll().stream()
                .map(row -> robot.from(row).lookup(".md-text").queryAllAs(Text.class).stream().map(Text::getText)
                        .collect(Collectors.joining()))
                .toList();
    }

    private String undoMenuText() {
        MenuBar bar = find(".menu-bar");
        return bar.getMenus().get(1).getItems().get(0).getText();
    }
}
