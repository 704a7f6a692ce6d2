package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.UndoShortcuts;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A Markdown section: while it has focus, the editor with a live preview under it; otherwise the rendered text,
 * which a click turns back into the editor. Typing is committed after a pause and when the editor loses focus.
 */
final class TextSectionView extends VBox {

    static final Duration TYPING_PAUSE = Duration.millis(1200);

    private final TextSectionViewModel viewModel;
    private final GrowingTextArea editor = new GrowingTextArea();
    private final VBox rendered = new VBox(8);
    private final VBox livePreview = new VBox(8);
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final Consumer<String> openLink;

    TextSectionView(TextSectionViewModel viewModel, BooleanExpression readOnly, Consumer<String> openLink) {
        super(8);
        this.viewModel = viewModel;
        this.openLink = openLink;
        getStyleClass().add("text-section");
        editor.setId("section-" + viewModel.section().name().toLowerCase(Locale.ROOT));
        editor.getStyleClass().add("section-editor");
        editor.setPromptText(viewModel.prompt());
        editor.textProperty().bindBidirectional(viewModel.textProperty());
        editor.editableProperty().bind(readOnly.not());
        UndoShortcuts.useTheWindowsHistory(editor, viewModel::commit);
        commitWhenTypingPauses();

        rendered.getStyleClass().addAll("md", "rendered");
        rendered.setOnMouseClicked(event -> edit());
        livePreview.getStyleClass().addAll("md", "live-preview");
        Label previewCaption = new Label("Preview");
        previewCaption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "preview-caption");

        BooleanBinding empty = Bindings.createBooleanBinding(() -> viewModel.textProperty().get() == null
                || viewModel.textProperty().get().isBlank(), viewModel.textProperty());
        BooleanBinding showEditor = readOnly.not().and(editing.or(empty));
        show(editor, showEditor);
        show(rendered, showEditor.not().and(empty.not()));
        VBox preview = new VBox(4, previewCaption, livePreview);
        preview.getStyleClass().add("preview-box");
        show(preview, editing.and(empty.not()));
        Label unwritten = new Label("Not written.");
        unwritten.getStyleClass().addAll(Styles.TEXT_MUTED, "unwritten");
        show(unwritten, readOnly.and(empty));
        viewModel.previewProperty().addListener((observable, old, blocks) -> render());
        render();
        getChildren().addAll(editor, rendered, preview, unwritten);
    }

    private void commitWhenTypingPauses() {
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(event -> viewModel.commit());
        viewModel.textProperty().addListener((observable, old, typed) -> {
            if (viewModel.dirtyProperty().get()) {
                pause.playFromStart();
            }
        });
        editor.focusedProperty().addListener((observable, was, focused) -> {
            editing.set(focused);
            if (!focused) {
                pause.stop();
                viewModel.commit();
            }
        });
        editor.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.commit();
                getParent().requestFocus();
            }
        });
    }

    private void render() {
        rendered.getChildren().setAll(MarkdownFlow.render(viewModel.previewProperty().get(), openLink));
        livePreview.getChildren().setAll(MarkdownFlow.render(viewModel.previewProperty().get(), openLink));
    }

    private static void show(Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** Focuses the editor, e.g. when a check points at this section. */
    void edit() {
        if (editor.isEditable()) {
            editing.set(true);
            editor.requestFocus();
            editor.end();
        }
    }
}
