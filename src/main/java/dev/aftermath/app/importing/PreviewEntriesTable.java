package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.EntryKind;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;

/**
 * The entries an import found: keep or leave out, times in UTC and in the incident's zone, a kind to change, the
 * text, and where it was read from. Long texts are cut with an ellipsis and shown whole in a tooltip.
 */
final class PreviewEntriesTable extends TableView<PreviewEntry> {

    private static final PseudoClass LEFT_OUT = PseudoClass.getPseudoClass("left-out");

    PreviewEntriesTable(ImportPreviewViewModel viewModel) {
        setId("preview-entries");
        getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE, "preview-entries");
        setEditable(true);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No dated entries in this incident"));
        TableColumn<PreviewEntry, String> local = text("", PreviewEntry::localTime, null, 215, 150,
                OverrunStyle.ELLIPSIS);
        local.textProperty().bind(Bindings.createStringBinding(() -> "Time (" + viewModel.zoneProperty().get()
                .getId() + ")", viewModel.zoneProperty()));
        local.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.zoneProperty().get().equals(ZoneId.of("UTC")), viewModel.zoneProperty()));
        local.getStyleClass().add("time-column");
        TableColumn<PreviewEntry, String> utc = text("Time (UTC)", PreviewEntry::utcTime, null, 205, 150,
                OverrunStyle.ELLIPSIS);
        utc.getStyleClass().add("time-column");
        // With one file the file name says nothing: the line or JSON path is what tells entries apart.
        TableColumn<PreviewEntry, String> from = text("From", entry -> viewModel.files().size() == 1
                ? entry.place() : entry.provenance(), PreviewEntry::provenance, 170, 90,
                OverrunStyle.LEADING_ELLIPSIS);
        getColumns().setAll(List.of(includedColumn(), utc, local, kindColumn(viewModel),
                text("Text", PreviewEntry::described, null, 360, 150,
                OverrunStyle.ELLIPSIS), from));
        getColumns().forEach(column -> column.setSortable(false));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(LEFT_OUT, !empty && entry != null && !entry.includedProperty().get());
            }
        });
        viewModel.shownProperty().addListener((observable, old, shown) -> show(shown));
        show(viewModel.shownProperty().get());
    }

    private void show(PlannedIncident incident) {
        getItems().setAll(incident == null ? List.of() : incident.entries());
    }

    private TableColumn<PreviewEntry, Boolean> includedColumn() {
        TableColumn<PreviewEntry, Boolean> column = new TableColumn<>();
        column.setGraphic(new Label("✓"));
        column.setCellValueFactory(cell -> cell.getValue().includedProperty());
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        column.setEditable(true);
        column.setMinWidth(36);
        column.setMaxWidth(36);
        column.setResizable(false);
        column.setReorderable(false);
        // Leaving an entry out dims its row; the row factory reads the flag when the row is drawn again.
        column.setOnEditCommit(event -> refresh());
        return column;
    }

    private TableColumn<PreviewEntry, EntryKind> kindColumn(ImportPreviewViewModel viewModel) {
        TableColumn<PreviewEntry, EntryKind> column = new TableColumn<>("Kind");
        column.setCellValueFactory(cell -> cell.getValue().kindProperty());
        column.setCellFactory(ignored -> new KindCell(viewModel));
        column.setMinWidth(175);
        column.setMaxWidth(175);
        return column;
    }

    /** @param tooltip the tooltip's text, or null for the whole cell text */
    private static TableColumn<PreviewEntry, String> text(String title, Function<PreviewEntry, String> value,
                                                          Function<PreviewEntry, String> tooltip, double width,
                                                          double minWidth, OverrunStyle overrun) {
        TableColumn<PreviewEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new ElidedCell(overrun, tooltip == null ? value : tooltip));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setEditable(false);
        return column;
    }

    /** One line, cut where it does not fit; the whole text in a tooltip. */
    private static final class ElidedCell extends TableCell<PreviewEntry, String> {

        private final Function<PreviewEntry, String> tooltip;

        ElidedCell(OverrunStyle overrun, Function<PreviewEntry, String> tooltip) {
            this.tooltip = tooltip;
            setTextOverrun(overrun);
            setWrapText(false);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            String line = empty || text == null ? null : text.replaceAll("\\s*\\R\\s*", " ");
            setText(line);
            PreviewEntry entry = getTableRow() == null ? null : getTableRow().getItem();
            setTooltip(line == null || line.isEmpty() || entry == null ? null : wrapped(tooltip.apply(entry)));
        }
    }

    static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }

    /** The kind as a chip in a small drop-down: changing it is one click, and milestones stand out. */
    private static final class KindCell extends TableCell<PreviewEntry, EntryKind> {

        private final ComboBox<EntryKind> choice = new ComboBox<>();
        private final ImportPreviewViewModel viewModel;

        KindCell(ImportPreviewViewModel viewModel) {
            this.viewModel = viewModel;
            choice.getItems().setAll(EntryKind.values());
            choice.getStyleClass().addAll(Styles.SMALL, "kind-choice");
            choice.setButtonCell(new ChipCell());
            choice.setCellFactory(list -> new ChipCell());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setOnAction(event -> {
                PreviewEntry entry = getTableRow() == null ? null : getTableRow().getItem();
                if (entry != null && choice.getValue() != entry.kindProperty().get()) {
                    viewModel.changeKind(entry, choice.getValue());
                }
            });
        }

        @Override
        protected void updateItem(EntryKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
            } else {
                choice.setValue(kind);
                setGraphic(choice);
            }
        }
    }

    private static final class ChipCell extends ListCell<EntryKind> {

        @Override
        protected void updateItem(EntryKind kind, boolean empty) {
            super.updateItem(kind, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            Label chip = new Label(kind == null ? "Unclassified" : TimeFormats.words(kind));
            chip.getStyleClass().addAll("chip", "kind-" + (kind == null ? "none"
                    : kind.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            setGraphic(chip);
        }
    }
}
