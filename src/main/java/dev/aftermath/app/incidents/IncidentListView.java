package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.store.IncidentSummary;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The search box and the incidents, newest first; Delete removes the selected one (undoably). */
public final class IncidentListView extends VBox {

    private final ListView<IncidentSummary> list;
    private final TextField search = new TextField();

    public IncidentListView(IncidentListViewModel viewModel, Runnable deleteSelected) {
        getStyleClass().add("incident-list");
        search.setId("search");
        search.setPromptText("Search incidents");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.getStyleClass().add("search");
        search.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                search.clear();
                focusList();
            } else if (event.getCode() == KeyCode.DOWN) {
                focusList();
            }
        });
        list = new ListView<>(viewModel.shown());
        list.setId("incidents");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(ignored -> new SummaryCell());
        Label none = new Label("No incident matches the search.");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, summary) -> {
            if (summary != null) {
                viewModel.selectedProperty().set(summary.id());
            }
        });
        viewModel.selectedProperty().addListener((observable, old, id) -> select(id));
        // A list re-sort (a renamed or re-dated incident) drops the selection; put it back.
        viewModel.shown().addListener((ListChangeListener<IncidentSummary>) change ->
                select(viewModel.selectedProperty().get()));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteSelected.run();
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox searchBox = new VBox(search);
        searchBox.getStyleClass().add("search-box");
        getChildren().addAll(searchBox, list);
    }

    private void select(UUID id) {
        if (id == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        IncidentSummary selected = list.getSelectionModel().getSelectedItem();
        if (selected != null && Objects.equals(selected.id(), id)
                && list.getItems().indexOf(selected) == list.getSelectionModel().getSelectedIndex()) {
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id().equals(id)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusList() {
        list.requestFocus();
    }

    /** Title over start date, with the severity as a chip on the right. */
    private static final class SummaryCell extends ListCell<IncidentSummary> {

        SummaryCell() {
            // Fit the list's width instead of growing a horizontal scroll bar; long titles get an ellipsis.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(IncidentSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setText(null);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(summary.title().isBlank() ? "Untitled" : summary.title());
            title.getStyleClass().add("incident-title");
            Label start = new Label(IncidentListViewModel.startText(summary));
            start.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox text = new VBox(2, title, start);
            text.setMinWidth(0);
            title.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, text);
            if (summary.severity() != null) {
                Label chip = new Label(summary.severity().name());
                chip.setMinWidth(Region.USE_PREF_SIZE);
                chip.getStyleClass().addAll("chip", "severity-" + summary.severity().name().toLowerCase(Locale.ROOT));
                row.getChildren().add(chip);
            }
            row.getStyleClass().add("incident-cell");
            setGraphic(row);
        }
    }
}
