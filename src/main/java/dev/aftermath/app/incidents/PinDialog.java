package dev.aftermath.app.incidents;

import java.time.Instant;
import java.util.Locale;
import dev.aftermath.app.fx.FxDialogs;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the instant to pin a milestone to. */
final class PinDialog {

    private PinDialog() {
    }

    static Optional<Instant> show(Window owner, MilestoneRow row, TimeInput input) {
        Dialog<Instant> dialog = new Dialog<>();
        FxDialogs.ownedBy(dialog, owner);
        dialog.setTitle("Pin milestone");
        dialog.setHeaderText("Pin " + row.name().toLowerCase(Locale.ROOT) + " to a time");
        DateTimeField field = new DateTimeField(input);
        Label explanation = new Label("A pinned time wins over the one derived from the entries.");
        explanation.setWrapText(true);
        VBox content = new VBox(10, explanation, field);
        content.setPrefWidth(420);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(input.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? input.valueProperty().get() : null);
        Platform.runLater(field.field()::requestFocus);
        return dialog.showAndWait();
    }
}
