package dev.aftermath.app.incidents;

import dev.aftermath.model.EntryKind;
import dev.aftermath.app.fx.FxDialogs;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Adds or edits one entry: its time (typed), its kind and its text. */
public final class EntryDialog {

    private EntryDialog() {
    }

    public static Optional<EntryDraft> show(Window owner, EntryEditorViewModel editor) {
        Dialog<EntryDraft> dialog = new Dialog<>();
        FxDialogs.ownedBy(dialog, owner);
        dialog.setTitle(editor.title());
        dialog.setHeaderText(editor.title());

        DateTimeField time = new DateTimeField(editor.time());
        ComboBox<EntryKind> kind = new ComboBox<>();
        kind.getItems().setAll(EntryKind.values());
        kind.setConverter(kindNames());
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        TextArea text = new TextArea();
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText("What happened, in a sentence");
        text.textProperty().bindBidirectional(editor.textProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, label("_Time", time.field()), time);
        form.addRow(1, label("_Kind", kind), kind);
        form.addRow(2, label("Te_xt", text), text);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().setAll(labels, fields);
        form.setPrefWidth(560);

        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(editor.validProperty().not());
        dialog.setResultConverter(button -> button == ButtonType.OK ? editor.draft().orElse(null) : null);
        Platform.runLater(() -> (editor.textProperty().get().isEmpty() ? text : time.field()).requestFocus());
        return dialog.showAndWait();
    }

    private static Label label(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    static StringConverter<EntryKind> kindNames() {
        return new StringConverter<>() {
            @Override
            public String toString(EntryKind kind) {
                return kind == null ? "Unclassified" : TimeFormats.words(kind);
            }

            @Override
            public EntryKind fromString(String text) {
                throw new UnsupportedOperationException("kinds are chosen, not typed");
            }
        };
    }
}
