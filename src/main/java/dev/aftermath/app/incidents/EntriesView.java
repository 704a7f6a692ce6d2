package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.TimelineEntry;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The entries table under the timeline, with its toolbar: add, edit, delete; the times in the incident's zone. */
final class EntriesView extends VBox {

    private final IncidentViewModel viewModel;
    private final TableView<TimelineEntry> table = new TableView<>();

    EntriesView(IncidentViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("entries");
        table.setId("entries");
        table.setItems(viewModel.entries());
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().setAll(timeColumn(), kindColumn(), textColumn(), sourceColumn());
        // A timeline reads in time order; sorting by another column would only hide that order.
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setPlaceholder(placeholder());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                editSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
                event.consume();
            }
        });
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editSelected();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, entry) ->
                viewModel.selectedEntryProperty().set(entry == null ? null : entry.id()));
        viewModel.selectedEntryProperty().addListener((observable, old, id) -> select(id));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar(), table);
    }

    private HBox toolbar() {
        Label title = new Label("Entries");
        title.getStyleClass().add(Styles.TITLE_4);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button("_Add entry");
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Add an entry (Insert or Ctrl+Shift+N)"));
        add.setOnAction(event -> addEntry());
        Button edit = new Button("_Edit…");
        edit.setOnAction(event -> editSelected());
        Button delete = new Button("Delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox toolbar = new HBox(8, title, spacer, add, edit, delete);
        toolbar.getStyleClass().add("section-toolbar");
        return toolbar;
    }

    private VBox placeholder() {
        Label heading = new Label("No entries yet");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Write down the first thing that happened: press Insert or Ctrl+Shift+N,\n"
                + "or click Add entry. Times are typed like 08:24 or 2025-11-22 08:24.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox box = new VBox(6, heading, hint);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private TableColumn<TimelineEntry, String> timeColumn() {
        TableColumn<TimelineEntry, String> column = new TableColumn<>();
        column.textProperty().bind(viewModel.timeHeaderProperty());
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.formatTime(cell.getValue().at())));
        column.setMinWidth(178);
        column.getStyleClass().add("time-column");
        return column;
    }

    private TableColumn<TimelineEntry, EntryKind> kindColumn() {
        TableColumn<TimelineEntry, EntryKind> column = new TableColumn<>("Kind");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().kind()));
        column.setCellFactory(ignored -> new KindCell());
        column.setMinWidth(130);
        return column;
    }

    private TableColumn<TimelineEntry, String> textColumn() {
        TableColumn<TimelineEntry, String> column = new TableColumn<>("Text");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().text()));
        column.setCellFactory(ignored -> new TextCell());
        column.setMinWidth(40);
        column.setPrefWidth(420);
        return column;
    }

    /**
     * Where each entry came from: its file and line (or the last step of its JSON path), or "manual"; a name too long
     * for the column loses its middle, and the tooltip gives the source kind and all of it.
     */
    private TableColumn<TimelineEntry, TimelineEntry> sourceColumn() {
        TableColumn<TimelineEntry, TimelineEntry> column = new TableColumn<>("From");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(ignored -> new SourceCell());
        column.setMinWidth(112);
        column.setPrefWidth(170);
        return column;
    }

    void addEntry() {
        if (viewModel.incidentProperty().get() != null) {
            EntryDialog.show(getScene().getWindow(), viewModel.newEntryEditor()).ifPresent(viewModel::addEntry);
            table.requestFocus();
        }
    }

    private void editSelected() {
        TimelineEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            EntryDialog.show(getScene().getWindow(), viewModel.editorFor(entry))
                    .ifPresent(draft -> viewModel.updateEntry(entry.id(), draft));
            select(entry.id());
            table.requestFocus();
        }
    }

    private void deleteSelected() {
        TimelineEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            int index = table.getSelectionModel().getSelectedIndex();
            viewModel.deleteEntry(entry);
            table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
        }
    }

    private void select(UUID id) {
        TimelineEntry selected = table.getSelectionModel().getSelectedItem();
        if (id == null || selected != null && Objects.equals(selected.id(), id)) {
            return;
        }
        table.getItems().stream().filter(entry -> entry.id().equals(id)).findFirst().ifPresent(entry -> {
            table.getSelectionModel().select(entry);
            table.scrollTo(entry);
        });
    }

    /** The entry's text, whole in a tooltip when the column is too narrow for it. */
    private static final class TextCell extends TableCell<TimelineEntry, String> {

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
        }
    }

    private static final class SourceCell extends TableCell<TimelineEntry, TimelineEntry> {

        SourceCell() {
            setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String from = entry.provenance() == null ? "" : entry.provenance().describe();
            setText(from.isEmpty() ? entry.source().externalName() : entry.provenance().brief());
            setTooltip(new Tooltip(from.isEmpty() ? "Written by hand"
                    : "Imported (" + entry.source().externalName() + ") from " + from));
        }
    }

    /** The kind as a small coloured chip, so milestones stand out from notes when scanning the table. */
    private static final class KindCell extends TableCell<TimelineEntry, EntryKind> {

        @Override
        protected void updateItem(EntryKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label chip = new Label(kind == null ? "Unclassified" : TimeFormats.words(kind));
            chip.getStyleClass().addAll("chip", "kind-" + (kind == null ? "none"
                    : kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            setGraphic(chip);
            setText(null);
        }
    }
}
