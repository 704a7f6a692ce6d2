package dev.aftermath.app.presentation;

import dev.aftermath.app.fx.Theme;
import dev.aftermath.app.timeline.TimelineView;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Presentation mode: a full-screen window in high contrast with the timeline on top and the current entry's story
 * below, driven by the keys a presenter (or a clicker) sends. Esc leaves.
 */
public final class PresentationView {

    private static final String STYLESHEET = "/dev/aftermath/app/presentation.css";

    private final PresentationViewModel viewModel;
    private final Stage stage = new Stage();
    private final WindowAnimator animator;

    /**
     * @param closed told which entry was shown last when the presentation ends
     */
    public PresentationView(PresentationViewModel viewModel, Window owner, Consumer<UUID> closed) {
        this.viewModel = viewModel;
        viewModel.timeline().themeProperty().set(Theme.CONTRAST.timeline());
        TimelineView timeline = new TimelineView(viewModel.timeline(), null);
        timeline.setFocusTraversable(false);
        animator = new WindowAnimator(viewModel.timeline().windowProperty());
        viewModel.targetProperty().addListener((observable, old, target) -> animator.moveTo(target));

        BorderPane content = new BorderPane();
        content.getStyleClass().add("presentation");
        content.setCenter(timeline);
        content.setBottom(new StoryPane(viewModel));
        Region blank = new Region();
        blank.getStyleClass().add("blank");
        blank.visibleProperty().bind(viewModel.blankedProperty());
        StackPane root = new StackPane(content, blank);
        root.setId("presentation");

        Rectangle2D screen = Screen.getPrimary().getBounds();
        Scene scene = new Scene(root, screen.getWidth(), screen.getHeight());
        Theme.CONTRAST.applyTo(scene);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new PresentationKeys(viewModel, this::close));
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle(viewModel.title() + " – presentation");
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.setOnHidden(event -> {
            animator.stop();
            closed.accept(viewModel.currentEntryId());
        });
    }

    public void show() {
        stage.show();
        animator.finish();
        stage.toFront();
    }

    public void close() {
        animator.stop();
        stage.close();
    }

    public Stage stage() {
        return stage;
    }
}
