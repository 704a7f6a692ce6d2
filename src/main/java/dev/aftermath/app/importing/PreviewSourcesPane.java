package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.aftermath.workspace.ImportFormat;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The top of the import preview: each file with the format it is read in (choosing another reads it again) and,
 * when the files hold several incidents, which one is shown and whether it is imported.
 */
final class PreviewSourcesPane extends VBox {

    private final ImportPreviewViewModel viewModel;

    PreviewSourcesPane(ImportPreviewViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        getChildren().addAll(files(), incidentChoice());
    }

    private Node files() {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form", "preview-files");
        fillFiles(grid);
        viewModel.files().addListener((ListChangeListener<PreviewFile>) change -> fillFiles(grid));
        Label heading = new Label("Read as");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        // Many files scroll rather than push the entries out of sight.
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "preview-files-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(150);
        scroll.setPrefViewportHeight(Math.min(4, viewModel.files().size()) * 38);
        return new VBox(6, heading, scroll);
    }

    private void fillFiles(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (PreviewFile file : viewModel.files()) {
            grid.addRow(row++, elided(file.name(), 260), formatChoice(file));
        }
    }

    private ComboBox<ImportFormat> formatChoice(PreviewFile file) {
        ComboBox<ImportFormat> choice = new ComboBox<>();
        choice.getItems().setAll(viewModel.formats());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportFormat format) {
                return format == null ? "" : format.name();
            }

            @Override
            public ImportFormat fromString(String text) {
                return null;
            }
        });
        choice.setValue(file.formatProperty().get());
        file.formatProperty().addListener((observable, old, format) -> choice.setValue(format));
        choice.setOnAction(event -> viewModel.changeFormat(file, choice.getValue()));
        choice.setPrefWidth(340);
        choice.setTooltip(new Tooltip("The format this file is read in; choosing another reads it again"));
        return choice;
    }

    private Node incidentChoice() {
        ComboBox<PlannedIncident> choice = new ComboBox<>(viewModel.incidents());
        choice.setId("preview-incident");
        choice.valueProperty().bindBidirectional(viewModel.shownProperty());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlannedIncident incident) {
                return incident == null ? "" : incident.label();
            }

            @Override
            public PlannedIncident fromString(String text) {
                return null;
            }
        });
        choice.setPrefWidth(460);
        CheckBox include = new CheckBox("Import this incident");
        viewModel.shownProperty().addListener((observable, old, shown) -> {
            if (old != null) {
                include.selectedProperty().unbindBidirectional(old.includedProperty());
            }
            if (shown != null) {
                include.selectedProperty().bindBidirectional(shown.includedProperty());
            }
        });
        if (viewModel.shownProperty().get() != null) {
            include.selectedProperty().bindBidirectional(viewModel.shownProperty().get().includedProperty());
        }
        Label label = new Label("Incident");
        label.getStyleClass().add(Styles.TEXT_BOLD);
        HBox row = new HBox(10, label, choice, include);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(Bindings.size(viewModel.incidents()).greaterThan(1));
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private static Label elided(String text, double maxWidth) {
        Label label = new Label(text);
        label.setMaxWidth(maxWidth);
        label.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        label.setTooltip(new Tooltip(text));
        return label;
    }
}
