package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import dev.aftermath.analysis.TimelineWarning;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The timeline checks; choosing a warning about an entry selects that entry in the table. */
final class ChecksView extends VBox {

    ChecksView(IncidentViewModel viewModel) {
        super(8);
        getStyleClass().add("checks");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.warnings().isEmpty()
                ? "Timeline checks" : "Timeline checks (" + viewModel.warnings().size() + ")",
                viewModel.warnings()));
        ListView<TimelineWarning> list = new ListView<>(viewModel.warnings());
        list.setId("checks");
        list.getStyleClass().add("checks-list");
        Label fine = new Label("No problems found in this timeline.");
        fine.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(fine);
        list.setCellFactory(ignored -> new WarningCell());
        list.setPrefHeight(160);
        list.setOnMouseClicked(event -> jump(viewModel, list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                jump(viewModel, list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
    }

    private static void jump(IncidentViewModel viewModel, TimelineWarning warning) {
        if (warning != null && warning.entryId() != null) {
            viewModel.selectedEntryProperty().set(null);
            viewModel.selectedEntryProperty().set(warning.entryId());
        }
    }

    private static final class WarningCell extends ListCell<TimelineWarning> {

        WarningCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineWarning warning, boolean empty) {
            super.updateItem(warning, empty);
            setText(empty || warning == null ? null : "⚠  " + warning.message());
        }
    }
}
