package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.importing.ImportWarning;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every line an import skipped or read with doubt, with its file and line, as {@code FILE:LINE: message} says. */
final class PreviewWarningsTable extends TableView<ImportWarning> {

    PreviewWarningsTable(ImportPreviewViewModel viewModel) {
        setId("preview-warnings");
        getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No warnings: every line was read without doubt"));
        TableColumn<ImportWarning, String> file = new TableColumn<>("File");
        file.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().file()));
        file.setPrefWidth(180);
        TableColumn<ImportWarning, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().line() == null ? ""
                : String.valueOf(cell.getValue().line())));
        line.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        line.setMinWidth(60);
        line.setMaxWidth(70);
        TableColumn<ImportWarning, String> message = new TableColumn<>("Warning");
        message.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().message()));
        message.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setTextOverrun(OverrunStyle.ELLIPSIS);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : PreviewEntriesTable.wrapped(text));
            }
        });
        message.setPrefWidth(560);
        getColumns().setAll(List.of(file, line, message));
        getColumns().forEach(column -> column.setSortable(false));
        setItems(viewModel.warnings());
    }
}
