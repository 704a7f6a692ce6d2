package dev.aftermath.app.shell;

import atlantafx.base.theme.Styles;
import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.SystemClipboard;
import dev.aftermath.app.importing.ExportChoice;
import dev.aftermath.app.importing.TransferViewModel;
import dev.aftermath.app.incidents.IncidentListView;
import dev.aftermath.app.incidents.IncidentView;
import dev.aftermath.app.rca.ReviewViewModel;
import dev.aftermath.app.timeline.TimelineEditor;
import dev.aftermath.app.timeline.TimelinePane;
import dev.aftermath.app.timeline.TimelineView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The main window: menus, incident list, the selected incident, status bar; files can be dropped anywhere. */
public final class MainView extends BorderPane implements MainMenu.Actions {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop");

    private final MainViewModel viewModel;
    private final TransferViewModel transfer;
    private final HelpViewModel help;
    private final ReviewViewModel review;
    private final TimelineActions timeline;
    private final IncidentListView list;
    private final IncidentView incident;
    private final SplitPane split;

    public MainView(MainViewModel viewModel, TransferViewModel transfer, HelpViewModel help, ReviewViewModel review,
                    TimelineActions timeline, Path workspace) {
        this.viewModel = viewModel;
        this.transfer = transfer;
        this.help = help;
        this.review = review;
        this.timeline = timeline;
        getStyleClass().add("main-view");
        list = new IncidentListView(viewModel.list(), this::deleteIncident);
        incident = new IncidentView(viewModel.incident(), review, new TimelinePane(new TimelineView(
                timeline.timeline(), new TimelineEditor(viewModel.incident(), () -> getScene().getWindow())), timeline));
        StackPane right = new StackPane(incident, nothingSelected());
        split = new SplitPane(list, right);
        SplitPane.setResizableWithParent(list, false);
        EmptyState empty = new EmptyState(this::newIncident, this::importFiles);
        empty.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.list().emptyProperty()));
        split.visibleProperty().bind(empty.visibleProperty().not());
        // Focus must not stay on a hidden node, or the next key goes somewhere the user cannot see.
        empty.visibleProperty().addListener((observable, was, shown) ->
                Platform.runLater(shown ? empty::focusNewIncident : list::focusList));
        setTop(new VBox(MainMenu.create(viewModel, this), new TipBar(help)));
        setCenter(new StackPane(split, empty));
        setBottom(new StatusBar(viewModel.status(), workspace));
        acceptDroppedFiles();
        viewModel.loadedProperty().addListener((observable, was, loaded) -> Platform.runLater(list::focusList));
    }

    private VBox nothingSelected() {
        Label title = new Label("No incident selected");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Choose one on the left, or press Ctrl+N for a new incident.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(8, title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("nothing-selected");
        box.visibleProperty().bind(viewModel.incident().incidentProperty().isNull());
        incident.visibleProperty().bind(box.visibleProperty().not());
        return box;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        setOnDragExited(event -> pseudoClassStateChanged(DROP_TARGET, false));
        setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                List<Path> paths = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Import after the drop finishes, so that dialogs (e.g. "replace?") do not block the drag source.
                Platform.runLater(() -> transfer.importFiles(paths));
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /**
     * Shortcuts a menu item cannot carry: a second one for Redo, Insert for a new entry, Ctrl+F for search,
     * Ctrl+V outside text fields to import what was copied (text fields keep Ctrl+V for themselves), Ctrl+1 and
     * Ctrl+2 for the Entries and Review tabs.
     */
    public void installShortcuts(Scene scene) {
        KeyCombination paste = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (paste.match(event) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                event.consume();
                pasteAsImport();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                () -> incident.showTab(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                () -> incident.showTab(2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.INSERT), this::addEntry);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), list::focusSearch);
    }

    public void restoreLayout(AppPreferences preferences) {
        split.setDividerPositions(preferences.divider("main", 0.2));
        incident.restoreDivider(preferences);
    }

    public void rememberLayout(AppPreferences preferences) {
        preferences.setDivider("main", split.getDividerPositions()[0]);
        incident.rememberDivider(preferences);
    }

    @Override
    public void newIncident() {
        viewModel.newIncident();
        Platform.runLater(incident::focusTitle);
    }

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import");
        // The format is detected from the content, so every file is offered; the filter only narrows the view.
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("All files", "*.*"),
                new FileChooser.ExtensionFilter("Incident files", "*.aftermath.json"));
        transfer.importFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            transfer.importChosenFiles(files.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void exportIncident() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export");
        Map<FileChooser.ExtensionFilter, ExportChoice> choices = new LinkedHashMap<>();
        for (ExportChoice choice : transfer.exportChoices()) {
            choices.put(new FileChooser.ExtensionFilter(choice.label() + " (*." + choice.extension() + ")",
                    "*." + choice.extension()), choice);
        }
        chooser.getExtensionFilters().setAll(choices.keySet());
        ExportChoice first = transfer.preferredExportChoice();
        choices.forEach((filter, choice) -> {
            if (choice.equals(first)) {
                chooser.setSelectedExtensionFilter(filter);
            }
        });
        transfer.exportFolder().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(transfer.suggestedFileName(first));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            ExportChoice choice = choices.getOrDefault(chooser.getSelectedExtensionFilter(), first);
            Path out = file.toPath().resolveSibling(choice.fileName(file.getName()));
            transfer.exportShown(out, choice);
        }
    }

    @Override
    public void copyAsMarkdown() {
        review.copyAsMarkdown(SystemClipboard::putText);
    }

    @Override
    public void deleteIncident() {
        viewModel.deleteSelected();
        list.focusList();
    }

    @Override
    public void addEntry() {
        incident.addEntry();
    }

    /** Imports the files or the text on the clipboard: a copied status page or report goes to the preview. */
    @Override
    public void pasteAsImport() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            transfer.importFiles(clipboard.getFiles().stream().map(File::toPath).toList());
        } else {
            transfer.importText(clipboard.getString());
        }
    }

    @Override
    public void exportPicture() {
        timeline.exportPicture();
    }

    @Override
    public void copyPicture() {
        timeline.copyPicture();
    }

    @Override
    public void present() {
        timeline.present();
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void loadSampleIncidents() {
        help.loadSamples();
    }

    @Override
    public void about() {
        help.showAbout();
    }
}
