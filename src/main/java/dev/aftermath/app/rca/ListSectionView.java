package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.UndoShortcuts;
import dev.aftermath.export.report.MarkdownText;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A list section: one row per point, rendered as Markdown; Enter or a double click edits a point, Delete removes
 * it, Alt+Up and Alt+Down move it, and so does dragging it by its handle. A field under the list adds points.
 */
final class ListSectionView extends VBox {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final ListSectionViewModel viewModel;
    private final BooleanExpression readOnly;
    private final Consumer<String> openLink;
    private final VBox rows = new VBox(2);
    private final TextField adder = new TextField();
    private final Label unwritten = new Label("Not written.");
    private final String dragPrefix;
    private int focusAfterChange = -1;

    ListSectionView(ListSectionViewModel viewModel, BooleanExpression readOnly, Consumer<String> openLink) {
        super(6);
        this.viewModel = viewModel;
        this.readOnly = readOnly;
        this.openLink = openLink;
        this.dragPrefix = "aftermath-point:" + viewModel.section().name() + ":";
        getStyleClass().add("list-section");
        rows.getStyleClass().add("points");
        adder.setId("add-" + viewModel.section().name().toLowerCase(Locale.ROOT));
        adder.getStyleClass().add("add-point");
        adder.setOnAction(event -> {
            viewModel.add(adder.getText());
            adder.clear();
        });
        UndoShortcuts.useTheWindowsHistory(adder, () -> { });
        adder.visibleProperty().bind(readOnly.not());
        adder.managedProperty().bind(adder.visibleProperty());
        unwritten.getStyleClass().addAll(Styles.TEXT_MUTED, "unwritten");
        viewModel.items().addListener((ListChangeListener<String>) change -> rebuild());
        readOnly.addListener((observable, was, locked) -> rebuild());
        rebuild();
        getChildren().addAll(rows, adder, unwritten);
    }

    private void rebuild() {
        boolean empty = viewModel.items().isEmpty();
        adder.setPromptText(empty ? viewModel.prompt() : "Add a point, then Enter");
        unwritten.setVisible(empty && readOnly.get());
        unwritten.setManaged(unwritten.isVisible());
        rows.getChildren().clear();
        for (int index = 0; index < viewModel.items().size(); index++) {
            rows.getChildren().add(row(index, viewModel.items().get(index)));
        }
        int focus = Math.min(focusAfterChange, rows.getChildren().size() - 1);
        focusAfterChange = -1;
        if (focus >= 0) {
            Platform.runLater(() -> rows.getChildren().get(focus).requestFocus());
        }
    }

    private HBox row(int index, String point) {
        Label handle = new Label("⠿");
        handle.getStyleClass().add("drag-handle");
        handle.setTooltip(new Tooltip("Drag to reorder, or Alt+Up / Alt+Down"));
        Label bullet = new Label("•");
        bullet.getStyleClass().add("point-bullet");
        StackPane content = new StackPane(MarkdownFlow.inline(MarkdownText.inline(point), openLink));
        content.getStyleClass().add("point-text");
        HBox.setHgrow(content, Priority.ALWAYS);
        HBox actions = new HBox(2, button("↑", "Move up (Alt+Up)", () -> move(index, index - 1)),
                button("↓", "Move down (Alt+Down)", () -> move(index, index + 1)),
                button("✕", "Remove (Delete)", () -> remove(index)));
        actions.getStyleClass().add("point-actions");
        HBox row = new HBox(8, handle, bullet, content, actions);
        row.getStyleClass().add("point-row");
        row.setFocusTraversable(true);
        if (readOnly.get()) {
            handle.setVisible(false);
            actions.setVisible(false);
            return row;
        }
        // On release: the scroll pane around the page takes the focus on every press.
        row.setOnMouseReleased(event -> row.requestFocus());
        row.addEventHandler(KeyEvent.KEY_PRESSED, event -> onKey(event, index, content, point));
        content.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                edit(index, content, point);
            }
        });
        draggable(row, handle, index);
        return row;
    }

    private void onKey(KeyEvent event, int index, StackPane content, String point) {
        if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
            move(index, event.getCode() == KeyCode.UP ? index - 1 : index + 1);
        } else if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.F2) {
            edit(index, content, point);
        } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            remove(index);
        } else {
            return;
        }
        event.consume();
    }

    private void edit(int index, StackPane content, String point) {
        TextField field = new TextField(point);
        field.getStyleClass().add("point-editor");
        boolean[] done = {false};
        Runnable commit = () -> {
            if (!done[0]) {
                done[0] = true;
                focusAfterChange = index;
                viewModel.edit(index, field.getText());
            }
        };
        field.setOnAction(event -> commit.run());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                done[0] = true;
                focusAfterChange = index;
                rebuild();
                event.consume();
            }
        });
        UndoShortcuts.useTheWindowsHistory(field, commit);
        content.getChildren().setAll(field);
        field.requestFocus();
        field.end();
    }

    private void move(int from, int to) {
        if (to >= 0 && to < viewModel.items().size()) {
            focusAfterChange = to;
            viewModel.move(from, to);
        }
    }

    private void remove(int index) {
        focusAfterChange = index;
        viewModel.remove(index);
        if (viewModel.items().isEmpty()) {
            adder.requestFocus();
        }
    }

    private void draggable(HBox row, Label handle, int index) {
        handle.setOnDragDetected(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(dragPrefix + index);
            row.startDragAndDrop(TransferMode.MOVE).setContent(content);
            event.consume();
        });
        row.setOnDragOver(event -> {
            if (draggedIndex(event.getDragboard().getString()) >= 0) {
                event.acceptTransferModes(TransferMode.MOVE);
                row.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        row.setOnDragExited(event -> row.pseudoClassStateChanged(DROP_TARGET, false));
        row.setOnDragDropped(event -> {
            int from = draggedIndex(event.getDragboard().getString());
            if (from >= 0) {
                move(from, index);
            }
            event.setDropCompleted(from >= 0);
            event.consume();
        });
    }

    /** The index a drag from this same list carries, or -1 for anything else (another list, a file, text). */
    private int draggedIndex(String dragged) {
        if (dragged == null || !dragged.startsWith(dragPrefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(dragged.substring(dragPrefix.length()));
        } catch (NumberFormatException notOurs) {
            return -1;
        }
    }

    private static Button button(String symbol, String tip, Runnable action) {
        Button button = new Button(symbol);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "point-action");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Puts the caret in the field that adds a point, e.g. when a check points at this section. */
    void edit() {
        if (!readOnly.get()) {
            adder.requestFocus();
        }
    }
}
