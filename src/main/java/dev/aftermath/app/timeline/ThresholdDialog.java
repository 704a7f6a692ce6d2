package dev.aftermath.app.timeline;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.FxDialogs;
import dev.aftermath.model.MetricSeries;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the threshold line of a metric strip; an empty field removes it. */
final class ThresholdDialog {

    private ThresholdDialog() {
    }

    /** The threshold chosen (empty to remove it), or nothing when the user cancelled. */
    static Optional<OptionalDouble> show(Window owner, MetricSeries series) {
        ThresholdInput input = new ThresholdInput(series.threshold());
        Dialog<OptionalDouble> dialog = new Dialog<>();
        FxDialogs.ownedBy(dialog, owner);
        dialog.setTitle("Threshold");
        dialog.setHeaderText("Threshold line for " + (series.name().isBlank() ? "this metric" : series.name()));
        TextField field = new TextField();
        field.setId("threshold-field");
        field.setPromptText(series.unit().isEmpty() ? "e.g. 1500" : "e.g. 1500 (" + series.unit() + ")");
        field.textProperty().bindBidirectional(input.textProperty());
        Label hint = new Label("An alert or SLO limit, in " + (series.unit().isEmpty() ? "the metric's unit"
                : series.unit()) + ". Leave empty for no line.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(input.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(input.errorProperty()));
        VBox content = new VBox(8, field, hint, error);
        content.setPrefWidth(400);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(input.validProperty().not());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : input.valueProperty().get() == null ? OptionalDouble.empty()
                : OptionalDouble.of(input.valueProperty().get()));
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }
}
