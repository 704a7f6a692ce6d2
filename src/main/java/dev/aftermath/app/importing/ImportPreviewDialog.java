package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.FxDialogs;
import dev.aftermath.app.importing.ImportPreviewViewModel.Destination;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.NumberExpression;
import javafx.event.ActionEvent;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The import preview window: the files and their formats, the incidents found, their entries, metric series,
 * review sections and warnings, and where to import them. Nothing is stored until Import.
 */
public final class ImportPreviewDialog {

    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    private static final String SIZE_KEY = "importPreview";

    private final ImportPreviewViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    private ImportPreviewDialog(Window owner, ImportPreviewViewModel viewModel, AppPreferences preferences) {
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
            preferences.setDialogSize(SIZE_KEY, dialog.getWidth(), dialog.getHeight());
            if (!viewModel.closedProperty().get()) {
                viewModel.cancel();
            }
        });
    }

    /**
     * Opens previews over the window {@code owner} gives, at the size the last one was closed at; the call returns
     * at once, the window stays modal.
     */
    public static PreviewOpener opener(Supplier<Window> owner, AppPreferences preferences) {
        return preview -> new ImportPreviewDialog(owner.get(), preview, preferences)
                .show(owner.get(), preferences.dialogSize(SIZE_KEY).orElse(new Dimension2D(1120, 740)));
    }

    /** At {@code wanted} size, within the owner window's screen. */
    private void show(Window owner, Dimension2D wanted) {
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double width = Math.min(wanted.getWidth(), screen.getWidth() - 40);
        double height = Math.min(wanted.getHeight(), screen.getHeight() - 40);
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
        // An import of metrics alone opens on its series rather than on an empty list of entries.
        PlannedIncident shown = viewModel.shownProperty().get();
        if (shown != null && shown.entries().isEmpty() && !shown.series().isEmpty()) {
            tabs.getSelectionModel().select(1);
        }
        StackPane middle = new StackPane(tabs, busyVeil());
        VBox.setVgrow(middle, Priority.ALWAYS);
        BorderPane content = new BorderPane(middle, new PreviewSourcesPane(viewModel), null,
                new PreviewDestinationBar(viewModel), null);
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
}
