package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A text field for a date and time as people type it, with the reason beneath it when the text is no time. */
final class DateTimeField extends VBox {

    private final TextField field = new TextField();

    DateTimeField(TimeInput input) {
        super(4);
        field.setPromptText("2025-11-22 08:24 or 08:24:30");
        field.textProperty().bindBidirectional(input.textProperty());
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(input.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(input.errorProperty()));
        Label hint = new Label("In " + input.zoneName() + ". A time alone keeps the date.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.managedProperty().bind(error.visibleProperty().not());
        hint.visibleProperty().bind(error.visibleProperty().not());
        input.errorProperty().addListener((observable, old, message) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !message.isEmpty()));
        getChildren().addAll(field, hint, error);
    }

    TextField field() {
        return field;
    }
}
