package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The metric series an import found, each with its sparkline, size and time range. */
final class PreviewSeriesTable extends TableView<PreviewSeries> {

    PreviewSeriesTable(ImportPreviewViewModel viewModel) {
        setId("preview-series");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No metric series in this incident"));
        setFixedCellSize(SparklineView.HEIGHT + 12);
        TableColumn<PreviewSeries, String> name = new TableColumn<>("Series");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : PreviewEntriesTable.wrapped(text));
            }
        });
        name.setPrefWidth(320);
        TableColumn<PreviewSeries, PreviewSeries> picture = new TableColumn<>("Shape");
        picture.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        picture.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(PreviewSeries series, boolean empty) {
                super.updateItem(series, empty);
                setGraphic(empty || series == null ? null : new SparklineView(series.sparkline()));
            }
        });
        picture.setMinWidth(SparklineView.WIDTH + 20);
        picture.setMaxWidth(SparklineView.WIDTH + 20);
        TableColumn<PreviewSeries, String> points = new TableColumn<>("Points");
        points.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                String.format(Locale.ROOT, "%,d", cell.getValue().points())));
        points.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        points.setMinWidth(90);
        points.setMaxWidth(110);
        TableColumn<PreviewSeries, String> range = new TableColumn<>("From – to");
        range.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().range()));
        range.getStyleClass().add("time-column");
        range.setPrefWidth(260);
        getColumns().setAll(List.of(name, picture, points, range));
        getColumns().forEach(column -> column.setSortable(false));
        viewModel.shownProperty().addListener((observable, old, shown) -> show(shown));
        show(viewModel.shownProperty().get());
    }

    private void show(PlannedIncident incident) {
        getItems().setAll(incident == null ? List.of() : incident.series());
    }
}
