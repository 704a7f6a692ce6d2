package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.app.fx.NamedCell;
import dev.aftermath.app.fx.UndoShortcuts;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.Priority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The action items: filters and flags above the table, a field to add one below it. */
final class ActionItemsView extends VBox {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final double ROW_HEIGHT = 40;

    private final ActionItemsViewModel viewModel;
    private final BooleanExpression readOnly;
    private final TableView<ActionItem> table = new TableView<>();
    private final TextField adder = new TextField();

    ActionItemsView(ActionItemsViewModel viewModel, BooleanExpression readOnly, Consumer<String> openLink) {
        super(8);
        this.viewModel = viewModel;
        this.readOnly = readOnly;
        getStyleClass().add("action-items");
        table.setId("action-items");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "action-table");
        SortedList<ActionItem> sorted = new SortedList<>(viewModel.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setEditable(true);
        table.editableProperty().bind(readOnly.not());
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Each column's least width shows its longest value ("In progress", a date, "Mitigate") while its drop-down
        // button is hidden (the stylesheet shows it on the row pointed at); the action's own text takes the rest.
        table.getColumns().setAll(textColumn(), ownerColumn(), choiceColumn("Priority", ActionItem::priority,
                        withNone(Priority.values()), viewModel::setPriority, 84),
                dueColumn(), choiceColumn("Status", ActionItem::status, List.of(ActionStatus.values()),
                        viewModel::setStatus, 108),
                choiceColumn("Type", ActionItem::type, withNone(ActionType.values()), viewModel::setType, 88),
                linkColumn(openLink));
        table.setRowFactory(ignored -> new FlaggedRow());
        Label none = new Label(SectionPrompts.ACTION_ITEMS);
        none.setWrapText(true);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> ROW_HEIGHT * (Math.max(2, Math.min(12, sorted.size())) + 1) + 4, sorted));
        table.setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)
                    && table.getEditingCell() == null) {
                removeSelected();
                event.consume();
            }
        });
        getChildren().addAll(toolbar(), table, adder());
    }

    private HBox toolbar() {
        ComboBox<ActionFilter> state = new ComboBox<>();
        state.getItems().setAll(ActionFilter.values());
        state.valueProperty().bindBidirectional(viewModel.filterProperty());
        state.setButtonCell(new NamedCell<>(NamedCell.names(ActionFilter::label)));
        state.setCellFactory(list -> new NamedCell<>(NamedCell.names(ActionFilter::label)));
        state.setId("action-filter");
        ComboBox<String> owner = new ComboBox<>();
        owner.setId("owner-filter");
        Function<String, String> ownerName = name -> name == null || name.isEmpty() ? "Any owner" : name;
        owner.setButtonCell(new NamedCell<>(NamedCell.names(ownerName)));
        owner.setCellFactory(list -> new NamedCell<>(NamedCell.names(ownerName)));
        owner.setValue("");
        viewModel.owners().addListener((ListChangeListener<String>) change -> fillOwners(owner));
        fillOwners(owner);
        owner.valueProperty().addListener((observable, old, chosen) ->
                viewModel.ownerFilterProperty().set(chosen == null ? "" : chosen));
        viewModel.ownerFilterProperty().addListener((observable, old, chosen) -> owner.setValue(chosen));
        Label flags = new Label();
        flags.getStyleClass().addAll(Styles.TEXT_SMALL, "action-flags");
        flags.textProperty().bind(Bindings.createStringBinding(this::flagText, viewModel.overdueProperty(),
                viewModel.ownerlessProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER, Styles.SMALL);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(readOnly));
        remove.setOnAction(event -> removeSelected());
        HBox bar = new HBox(8, state, owner, flags, spacer, remove);
        bar.getStyleClass().add("action-toolbar");
        return bar;
    }

    private void fillOwners(ComboBox<String> owner) {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(viewModel.owners());
        String chosen = owner.getValue();
        owner.getItems().setAll(choices);
        owner.setValue(choices.contains(chosen) ? chosen : "");
    }

    private String flagText() {
        List<String> flags = new ArrayList<>();
        if (viewModel.overdueProperty().get() > 0) {
            flags.add("⚠ " + viewModel.overdueProperty().get() + " overdue");
        }
        if (viewModel.ownerlessProperty().get() > 0) {
            flags.add("⚠ " + viewModel.ownerlessProperty().get() + " without owner");
        }
        return String.join("   ", flags);
    }

    private HBox adder() {
        adder.setId("add-action");
        adder.setPromptText("Add an action item, then Enter");
        HBox.setHgrow(adder, javafx.scene.layout.Priority.ALWAYS);
        adder.setOnAction(event -> add());
        UndoShortcuts.useTheWindowsHistory(adder, () -> { });
        Button add = new Button("Add");
        add.setOnAction(event -> add());
        HBox row = new HBox(8, adder, add);
        row.visibleProperty().bind(readOnly.not());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private void add() {
        UUID added = viewModel.add(adder.getText());
        adder.clear();
        if (added != null) {
            table.getItems().stream().filter(item -> item.id().equals(added)).findFirst()
                    .ifPresent(item -> table.scrollTo(item));
        }
    }

    private void removeSelected() {
        ActionItem selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && !readOnly.get()) {
            viewModel.remove(selected.id());
        }
    }

    /** Shows the item, clearing filters that hide it, and selects its row. */
    void select(UUID id) {
        viewModel.showAll();
        table.getItems().stream().filter(item -> item.id().equals(id)).findFirst().ifPresent(item -> {
            table.getSelectionModel().select(item);
            table.scrollTo(item);
            table.requestFocus();
        });
    }

    void focusAdder() {
        adder.requestFocus();
    }

    private TableColumn<ActionItem, String> textColumn() {
        TableColumn<ActionItem, String> column = new TableColumn<>("Action");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().text()));
        column.setCellFactory(ignored -> new ActionItemCells.TextCell(null,
                (item, text) -> viewModel.setText(item.id(), text)));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(240);
        column.setMinWidth(120);
        return column;
    }

    private TableColumn<ActionItem, String> ownerColumn() {
        TableColumn<ActionItem, String> column = new TableColumn<>("Owner");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().owner() == null ? "" : cell.getValue().owner()));
        column.setCellFactory(ignored -> new ActionItemCells.TextCell("No owner",
                (item, owner) -> viewModel.setOwner(item.id(), owner)));
        column.setComparator(Comparator.comparing((String owner) -> owner.isBlank())
                .thenComparing(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(100);
        column.setMinWidth(72);
        return column;
    }

    private TableColumn<ActionItem, LocalDate> dueColumn() {
        TableColumn<ActionItem, LocalDate> column = new TableColumn<>("Due");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().due()));
        column.setCellFactory(ignored -> new ActionItemCells.DueCell((item, due) -> viewModel.setDue(item.id(), due),
                readOnly));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(134);
        column.setMinWidth(130);
        return column;
    }

    private <E extends Enum<E>> TableColumn<ActionItem, E> choiceColumn(String title, Function<ActionItem, E> value,
            List<E> choices, BiConsumer<UUID, E> commit, double width) {
        TableColumn<ActionItem, E> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new ActionItemCells.ChoiceCell<>(choices, ActionItemCells::words,
                (item, chosen) -> commit.accept(item.id(), chosen), readOnly));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setPrefWidth(width);
        column.setMinWidth(width - 4);
        return column;
    }

    private TableColumn<ActionItem, String> linkColumn(Consumer<String> openLink) {
        TableColumn<ActionItem, String> column = new TableColumn<>("Link");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().link() == null ? "" : cell.getValue().link()));
        column.setCellFactory(ignored -> new ActionItemCells.LinkCell(
                (item, link) -> viewModel.setLink(item.id(), link), openLink));
        column.setPrefWidth(116);
        column.setMinWidth(112);
        return column;
    }

    private static <E> List<E> withNone(E[] values) {
        List<E> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(values));
        return choices;
    }

    /** Marks overdue rows, so they stand out while scanning the table (owner-less ones show "No owner"). */
    private final class FlaggedRow extends TableRow<ActionItem> {

        @Override
        protected void updateItem(ActionItem item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(OVERDUE, !empty && item != null && viewModel.isOverdue(item));
        }
    }
}
