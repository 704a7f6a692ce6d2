package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.FxDialogs;
import dev.aftermath.app.importing.ImportPreviewViewModel.Destination;
import dev.aftermath.workspace.ImportFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberExpression;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import preview window: the files and their formats, the incidents found, their entries, metric series,
 * review sections and warnings, and where to import them. Nothing is stored until Import.
 */
public final class ImportPreviewDialog {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final List<String> COMMON_ZONES = List.of("UTC", "Europe/London", "Europe/Berlin",
            "Europe/Paris", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
            "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney");

    private final ImportPreviewViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    private ImportPreviewDialog(Window owner, ImportPreviewViewModel viewModel) {
        this.viewModel = viewModel;
        FxDialogs.ownedBy(dialog, owner);
        dialog.setTitle("Import preview");
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("import-preview");
        dialog.getDialogPane().setHeader(header());
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefSize(1120, 720);
        dialog.getDialogPane().setMinSize(820, 480);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.setId("preview-import");
        importButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.nothingChosenProperty())
                .or(Bindings.createBooleanBinding(() -> viewModel.destinationProperty().get()
                        == Destination.SELECTED_INCIDENT && viewModel.selectedTitle() == null,
                        viewModel.destinationProperty())));
        // Import stores in the background; the window closes when the view model says it is stored.
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.confirm();
        });
        viewModel.closedProperty().addListener((observable, was, closed) -> {
            if (closed && dialog.isShowing()) {
                dialog.close();
            }
        });
        dialog.setOnHidden(event -> {
            if (!viewModel.closedProperty().get()) {
                viewModel.cancel();
            }
        });
    }

    /** Opens previews over the window {@code owner} gives; the call returns at once, the window stays modal. */
    public static PreviewOpener opener(Supplier<Window> owner) {
        return preview -> new ImportPreviewDialog(owner.get(), preview).show(owner.get());
    }

    /** As large as the content wants, within the owner window's screen. */
    private void show(Window owner) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(1120, screen.getWidth() - 40);
        double height = Math.min(740, screen.getHeight() - 40);
        dialog.show();
        // Set after showing: a dialog sizes its window to the content's computed size when it opens.
        dialog.setWidth(width);
        dialog.setHeight(height);
        dialog.setX(Math.max(screen.getMinX(), owner.getX() + (owner.getWidth() - width) / 2));
        dialog.setY(Math.max(screen.getMinY(), owner.getY() + (owner.getHeight() - height) / 2));
    }

    private Node header() {
        Label title = new Label("Import preview");
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("preview-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());
        Label hint = new Label("Nothing is stored until you choose Import.");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox header = new VBox(4, title, summary, hint);
        header.getStyleClass().add("preview-header");
        return header;
    }

    private Node content() {
        TabPane tabs = new TabPane(
                tab("Entries", new PreviewEntriesTable(viewModel), Bindings.createIntegerBinding(
                        () -> count(PlannedIncident::entries), viewModel.shownProperty())),
                tab("Metrics", new PreviewSeriesTable(viewModel), Bindings.createIntegerBinding(
                        () -> count(PlannedIncident::series), viewModel.shownProperty())),
                tab("Review", new PreviewReviewPane(viewModel), Bindings.createIntegerBinding(
                        () -> count(PlannedIncident::review), viewModel.shownProperty())),
                tab("Warnings", new PreviewWarningsTable(viewModel), Bindings.size(viewModel.warnings())));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("preview-tabs");
        StackPane middle = new StackPane(tabs, busyVeil());
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox top = new VBox(8, files(), incidentChoice());
        BorderPane content = new BorderPane(middle, top, null, destination(), null);
        content.getStyleClass().add("preview-content");
        return content;
    }

    private int count(Function<PlannedIncident, List<?>> items) {
        PlannedIncident shown = viewModel.shownProperty().get();
        return shown == null ? 0 : items.apply(shown).size();
    }

    private static Tab tab(String name, Node content, NumberExpression count) {
        Tab tab = new Tab(name, content);
        tab.textProperty().bind(Bindings.concat(name, " (", count.asString(), ")"));
        return tab;
    }

    private Node busyVeil() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxSize(48, 48);
        Label reading = new Label("Reading…");
        VBox veil = new VBox(10, progress, reading);
        veil.setAlignment(Pos.CENTER);
        veil.getStyleClass().add("busy-veil");
        veil.visibleProperty().bind(viewModel.busyProperty());
        return veil;
    }

    private Node files() {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("form", "preview-files");
        fillFiles(grid);
        viewModel.files().addListener((ListChangeListener<PreviewFile>) change -> fillFiles(grid));
        Label heading = new Label("Read as");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        return new VBox(6, heading, grid);
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
        choice.setPrefWidth(300);
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

    private Node destination() {
        ToggleGroup group = new ToggleGroup();
        RadioButton fresh = new RadioButton();
        fresh.textProperty().bind(Bindings.createStringBinding(() -> viewModel.incidents().size() == 1
                ? "A new incident" : "New incidents, one each", viewModel.incidents()));
        fresh.setUserData(Destination.NEW_INCIDENT);
        String selectedTitle = viewModel.selectedTitle();
        RadioButton selected = new RadioButton(selectedTitle == null ? "The selected incident (none selected)"
                : "The selected incident: " + selectedTitle);
        selected.setId("preview-into-selected");
        selected.setUserData(Destination.SELECTED_INCIDENT);
        selected.setDisable(selectedTitle == null);
        selected.setMaxWidth(380);
        selected.setTextOverrun(OverrunStyle.ELLIPSIS);
        if (selectedTitle != null) {
            selected.setTooltip(new Tooltip("Adds entries, series and review text to '" + selectedTitle
                    + "' without overwriting what it holds"));
        }
        fresh.setToggleGroup(group);
        selected.setToggleGroup(group);
        group.selectToggle(viewModel.destinationProperty().get() == Destination.NEW_INCIDENT ? fresh : selected);
        group.selectedToggleProperty().addListener((observable, old, toggle) -> {
            if (toggle != null) {
                viewModel.destinationProperty().set((Destination) toggle.getUserData());
            }
        });
        Label into = new Label("Import into");
        into.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(14, into, fresh, selected, spacer, zoneChoice());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("preview-destination");
        return row;
    }

    private Node zoneChoice() {
        TreeSet<String> zones = new TreeSet<>(COMMON_ZONES);
        zones.add(ZoneId.systemDefault().getId());
        zones.add(viewModel.zoneProperty().get().getId());
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("preview-zone");
        zone.getItems().setAll(zones);
        zone.setEditable(true);
        zone.setValue(viewModel.zoneProperty().get().getId());
        zone.setPrefWidth(190);
        zone.setOnAction(event -> viewModel.changeZone(zone.getValue()));
        viewModel.zoneProperty().addListener((observable, old, chosen) -> zone.setValue(chosen.getId()));
        zone.setTooltip(new Tooltip("The incident's time zone; also the zone of times written without one"));
        Label label = new Label("Time zone");
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.zoneErrorProperty());
        error.visibleProperty().bind(viewModel.zoneErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(260);
        error.setWrapText(true);
        HBox row = new HBox(8, label, new VBox(2, zone, error));
        row.setAlignment(Pos.CENTER_LEFT);
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
