package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.NamedCell;
import dev.aftermath.app.fx.UndoShortcuts;
import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.ActionItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** The action item table's cells: text edited in place, choices and dates picked in place, links clickable. */
final class ActionItemCells {


    private ActionItemCells() {
    }

    /** Text shown wrapped; double click, Enter or F2 edits it. {@code missing} is shown, flagged, when blank. */
    static class TextCell extends TableCell<ActionItem, String> {

        private final String missing;
        private final BiConsumer<ActionItem, String> commit;
        private TextField field;

        TextCell(String missing, BiConsumer<ActionItem, String> commit) {
            this.missing = missing;
            this.commit = commit;
            setWrapText(true);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (empty || isEditing()) {
                setText(null);
                setGraphic(empty ? null : field);
                return;
            }
            showValue(text == null ? "" : text);
        }

        /** Shows the value when not editing; subclasses show it as something else, such as a link. */
        void showValue(String text) {
            if (text.isBlank() && missing != null) {
                Label flag = new Label(missing);
                flag.getStyleClass().addAll("chip", "flag-missing");
                setGraphic(flag);
                setText(null);
            } else {
                setGraphic(null);
                setText(text);
            }
            setTooltip(text.isBlank() ? null : new Tooltip(text + "\n(double-click to edit)"));
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field = new TextField(getItem() == null ? "" : getItem());
            field.setOnAction(event -> finish());
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (!focused && isEditing()) {
                    finish();
                }
            });
            UndoShortcuts.useTheWindowsHistory(field, this::finish);
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        private void finish() {
            if (isEditing() && getTableRow() != null && getTableRow().getItem() != null) {
                ActionItem item = getTableRow().getItem();
                String typed = field.getText();
                cancelEdit();
                commit.accept(item, typed);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            field = null;
            updateItem(getItem(), isEmpty());
        }
    }

    /** A tracker link, clickable when it is a web or mail address. */
    static final class LinkCell extends TextCell {

        private final Consumer<String> open;

        LinkCell(BiConsumer<ActionItem, String> commit, Consumer<String> open) {
            super(null, commit);
            this.open = open;
            setWrapText(false);
        }

        @Override
        void showValue(String text) {
            if (text.isBlank()) {
                super.showValue(text);
                return;
            }
            setTooltip(null);
            Hyperlink link = new Hyperlink(LinkLabel.of(text));
            link.setTooltip(new Tooltip("Open " + text));
            link.setOnAction(event -> open.accept(text));
            link.setMinWidth(0);
            // A pencil rather than a word: the column is narrow, and the link is what it is there to show.
            Button change = new Button("✎");
            change.setAccessibleText("Change the link");
            change.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "link-edit");
            change.setTooltip(new Tooltip("Change the link"));
            change.setFocusTraversable(false);
            change.setOnAction(event -> getTableView().edit(getIndex(), getTableColumn()));
            HBox box = new HBox(2, link, change);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
        }
    }

    /** A choice made in place from a drop-down; "—" stands for none where none is allowed. */
    static final class ChoiceCell<T> extends TableCell<ActionItem, T> {

        private final ComboBox<T> box = new ComboBox<>();
        private boolean showing;

        ChoiceCell(List<T> choices, Function<T, String> names, BiConsumer<ActionItem, T> commit,
                   BooleanExpression readOnly) {
            box.getItems().setAll(choices);
            box.getStyleClass().addAll(Styles.FLAT, "cell-choice");
            StringConverter<T> converter = NamedCell.names(names);
            box.setConverter(converter);
            box.setCellFactory(list -> new NamedCell<>(converter));
            box.setButtonCell(new NamedCell<>(converter));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(event -> {
                if (!showing && getTableRow() != null && getTableRow().getItem() != null) {
                    commit.accept(getTableRow().getItem(), box.getValue());
                }
            });
            lockWhen(box, readOnly);
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            showing = true;
            try {
                box.setValue(empty ? null : value);
            } finally {
                showing = false;
            }
            setText(null);
            setGraphic(empty ? null : box);
        }
    }

    /** The due date, picked in place; an overdue row shows it in red (see the stylesheet). */
    static final class DueCell extends TableCell<ActionItem, LocalDate> {

        private final DatePicker picker = new DatePicker();
        private boolean showing;

        DueCell(BiConsumer<ActionItem, LocalDate> commit, BooleanExpression readOnly) {
            picker.getStyleClass().addAll(Styles.FLAT, "cell-date");
            picker.setPromptText("No date");
            picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE,
                    DateTimeFormatter.ISO_LOCAL_DATE));
            picker.setShowWeekNumbers(false);
            lockWhen(picker, readOnly);
            picker.editableProperty().bind(readOnly.not());
            picker.setOnAction(event -> {
                if (!showing && getTableRow() != null && getTableRow().getItem() != null) {
                    commit.accept(getTableRow().getItem(), picker.getValue());
                }
            });
            UndoShortcuts.useTheWindowsHistory(picker.getEditor(), () -> { });
        }

        @Override
        protected void updateItem(LocalDate due, boolean empty) {
            super.updateItem(due, empty);
            showing = true;
            try {
                picker.setValue(empty ? null : due);
            } finally {
                showing = false;
            }
            setText(null);
            setGraphic(empty ? null : picker);
        }
    }

    /** Read-only controls keep their look (a disabled one would fade the whole table) but take no input. */
    private static void lockWhen(Control control, BooleanExpression readOnly) {
        control.mouseTransparentProperty().bind(readOnly);
        control.focusTraversableProperty().bind(readOnly.not());
    }

    /** "—" for none, else the enum in words: IN_PROGRESS reads "In progress", WONT_DO "Won't do". */
    static <E extends Enum<E>> String words(E value) {
        if (value == null) {
            return "—";
        }
        return value.name().equals("WONT_DO") ? "Won't do" : value.name().matches("P\\d") ? value.name()
                : TimeFormats.words(value);
    }
}
