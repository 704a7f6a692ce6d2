package dev.aftermath.app;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.Dialogs;
import dev.aftermath.app.fx.ErrorMessages;
import dev.aftermath.app.fx.FxDialogs;
import dev.aftermath.app.fx.FxPictureClipboard;
import dev.aftermath.app.fx.FxTaskRunner;
import dev.aftermath.app.fx.HostServicesLinks;
import dev.aftermath.app.fx.TaskRunner;
import dev.aftermath.app.importing.ImportPreviewDialog;
import dev.aftermath.app.importing.PictureViewModel;
import dev.aftermath.app.importing.TransferViewModel;
import dev.aftermath.app.rca.ReviewViewModel;
import dev.aftermath.app.shell.HelpViewModel;
import dev.aftermath.app.shell.LoadingView;
import dev.aftermath.app.shell.MainView;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.app.shell.TimelineActions;
import dev.aftermath.app.timeline.TimelineViewModel;
import dev.aftermath.store.WorkspaceChoice;
import dev.aftermath.store.WorkspaceLocation;
import dev.aftermath.workspace.RunningApp;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop application and its composition root: shows the window first, saying that the workspace is loading;
 * after the first frame opens the workspace in the background, then builds the services and the main window once.
 */
public final class AftermathApp extends Application {

    /** A workspace file for this run, overriding {@code AFTERMATH_DB} and the default; tests use it. */
    public static final String DB_PROPERTY = "aftermath.db";
    /** Files to import once the window is up, separated by the path separator: opens the import preview. */
    public static final String IMPORT_PROPERTY = "aftermath.import";
    /** The named parameter {@code --db=FILE} that {@link Launcher} passes on for {@code --db FILE}. */
    static final String DB_PARAMETER = "db";

    private static final String STYLESHEET = "/dev/aftermath/app/aftermath.css";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private final WorkspaceChoice workspace;
    private final TaskRunner runner;
    private final FxTaskRunner ownRunner;
    private AppPreferences preferences;
    private Stage stage;
    private AppContext context;
    private MainView mainView;
    private MainViewModel mainViewModel;
    private RunningApp handOvers;

    public AftermathApp() {
        this((WorkspaceChoice) null, null);
    }

    /**
     * @param workspace the workspace file, or null for the one the system property, environment or platform
     *                  names
     * @param runner the task runner, or null for the background runner
     */
    public AftermathApp(Path workspace, TaskRunner runner) {
        this(workspace == null ? null : WorkspaceChoice.given(workspace), runner);
    }

    /**
     * @param workspace the workspace file and whether it is the user's default one (which is filled with the
     *                  samples when it is created), or null for the one the system property, environment or platform
     *                  names
     * @param runner the task runner, or null for the background runner
     */
    public AftermathApp(WorkspaceChoice workspace, TaskRunner runner) {
        this.workspace = workspace;
        this.ownRunner = runner == null ? new FxTaskRunner() : null;
        this.runner = runner == null ? ownRunner : runner;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        preferences = AppPreferences.forUser();
        WorkspaceChoice file = workspaceChoice();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new LoadingView(file.file().toString()), Math.min(1500, screen.getWidth()),
                Math.min(920, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        preferences.theme().apply(scene);
        stage.setScene(scene);
        stage.titleProperty().unbind();
        stage.setTitle("Aftermath");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        restoreBounds();
        stage.show();
        // SQLite, Flyway and the exporters load while the workspace opens: only once the window is drawn.
        afterFirstPulse(() -> {
            StartupProbe.firstFrame();
            openWorkspace(file);
            showIcons();
        });
    }

    private void openWorkspace(WorkspaceChoice file) {
        Dialogs dialogs = new FxDialogs(() -> stage);
        runner.task(progress -> AppContext.open(file))
                .onSuccess(opened -> showMain(opened, dialogs))
                .onError(error -> {
                    dialogs.showError("Cannot open the workspace", ErrorMessages.describe(error));
                    Platform.exit();
                })
                .start();
    }

    /** The window's icons (drawn by installers/icon/DrawIcon.java), decoded in the background. */
    private void showIcons() {
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(Objects.requireNonNull(getClass().getResource(
                    "icon/aftermath-" + size + ".png")).toExternalForm(), true));
        }
    }

    private static void afterFirstPulse(Runnable action) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                action.run();
            }
        }.start();
    }

    private WorkspaceChoice workspaceChoice() {
        if (workspace != null) {
            return workspace;
        }
        Parameters parameters = getParameters();
        return chooseWorkspace(parameters == null ? null : parameters.getNamed().get(DB_PARAMETER),
                System.getProperty(DB_PROPERTY), System.getenv());
    }

    /**
     * The workspace of a desktop start: {@code --db} on the command line (the launcher passes it on as a named
     * parameter), else {@code -Daftermath.db}, else {@code AFTERMATH_DB}, else the platform's default file.
     */
    static WorkspaceChoice chooseWorkspace(String dbParameter, String dbProperty, Map<String, String> environment) {
        if (dbParameter != null && !dbParameter.isBlank()) {
            return WorkspaceChoice.given(Path.of(dbParameter));
        }
        return dbProperty != null && !dbProperty.isBlank()
                ? WorkspaceChoice.given(Path.of(dbProperty))
                : WorkspaceLocation.choose(null, environment);
    }

    private void showMain(AppContext opened, Dialogs dialogs) {
        context = opened;
        StatusViewModel status = new StatusViewModel(runner, dialogs);
        MainViewModel main = new MainViewModel(opened.store(), status, preferences);
        TransferViewModel transfer = new TransferViewModel(opened.imports(), opened.exports(),
                opened.exportChoices(), main, dialogs, ImportPreviewDialog.opener(() -> stage, preferences),
                preferences);
        ReviewViewModel review = new ReviewViewModel(main.incident(), status, new HostServicesLinks(getHostServices()),
                Clock.systemDefaultZone());
        HelpViewModel help = new HelpViewModel(opened.samples(), opened.store(), main, dialogs, preferences,
                opened.workspace());
        TimelineViewModel timeline = TimelineViewModel.editing(main.incident().incidentProperty(),
                main.incident().selectedEntryProperty(), runner);
        timeline.themeProperty().bind(Bindings.createObjectBinding(() -> main.themeProperty().get().timeline(),
                main.themeProperty()));
        PictureViewModel pictures = new PictureViewModel(opened.exports(), main.incident(), status, preferences,
                new FxPictureClipboard());
        mainViewModel = main;
        mainView = new MainView(main, transfer, help, review,
                new TimelineActions(timeline, pictures, main.incident(), () -> stage), opened.workspace());
        stage.getScene().setRoot(mainView);
        mainView.installShortcuts(stage.getScene());
        Platform.runLater(() -> mainView.restoreLayout(preferences));
        main.themeProperty().addListener((observable, old, theme) -> theme.apply(stage.getScene()));
        stage.titleProperty().bind(Bindings.createStringBinding(() -> {
            var shown = main.incident().incidentProperty().get();
            return shown == null ? "Aftermath" : shown.title() + " – Aftermath";
        }, main.incident().incidentProperty()));
        main.load();
        String toImport = System.getProperty(IMPORT_PROPERTY, "");
        if (!toImport.isBlank()) {
            transfer.importFiles(Arrays.stream(toImport.split(File.pathSeparator)).map(Path::of).toList());
        }
        transfer.importFiles(filesToOpen());
        StartupProbe.whenLoaded(main.loadedProperty());
        listenForFilesOpenedLater(opened.workspace(), transfer);
    }

    /** An incident file opened from the file manager while the app runs comes here rather than to a second app. */
    private void listenForFilesOpenedLater(Path workspaceFile, TransferViewModel transfer) {
        runner.task(progress -> RunningApp.listen(WorkspaceLocation.cacheFolder(), workspaceFile,
                        files -> Platform.runLater(() -> {
                            stage.setIconified(false);
                            stage.toFront();
                            transfer.importFiles(files);
                        })))
                .onSuccess(listening -> handOvers = listening)
                // Nothing to show the user: without a listener a second start reports the workspace in use.
                .onError(error -> { })
                .start();
    }

    /** The incident files the launcher passed on (a file the user opened from the file manager). */
    private List<Path> filesToOpen() {
        Parameters parameters = getParameters();
        return parameters == null ? List.of() : parameters.getUnnamed().stream().map(Path::of).toList();
    }

    private void restoreBounds() {
        preferences.windowBounds().filter(AftermathApp::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        });
    }

    /** A maximised window keeps the bounds it had before, so that un-maximising next time restores them. */
    private void rememberBounds() {
        if (stage.isIconified()) {
            return;
        }
        AppPreferences.WindowBounds bounds = stage.isMaximized()
                ? preferences.windowBounds().map(old -> new AppPreferences.WindowBounds(old.x(), old.y(),
                        old.width(), old.height(), true)).orElse(null)
                : new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                        false);
        if (bounds != null) {
            preferences.setWindowBounds(bounds);
        }
    }

    /** A window saved on a monitor that is gone now would open out of sight. */
    private static boolean onSomeScreen(AppPreferences.WindowBounds bounds) {
        return !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty();
    }

    @Override
    public void stop() {
        if (mainViewModel != null) {
            // Text typed in the last second is saved before the worker finishes its queue and the store closes.
            mainViewModel.incident().commitPendingEdits();
        }
        if (stage != null && preferences != null) {
            rememberBounds();
            if (mainView != null) {
                mainView.rememberLayout(preferences);
            }
            preferences.flush();
            stage.titleProperty().unbind();
        }
        if (handOvers != null) {
            handOvers.close();
        }
        if (ownRunner != null) {
            ownRunner.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
