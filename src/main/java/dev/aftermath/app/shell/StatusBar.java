package dev.aftermath.app.shell;

import atlantafx.base.theme.Styles;
import dev.aftermath.store.WorkspaceLocation;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: what is happening, progress and Cancel for long work, and which workspace is open. */
final class StatusBar extends HBox {

    StatusBar(StatusViewModel status, Path workspace) {
        super(10);
        getStyleClass().add("status-bar");
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(status.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.getStyleClass().add(Styles.SMALL);
        progress.setPrefWidth(140);
        progress.progressProperty().bind(status.progressProperty());
        progress.visibleProperty().bind(status.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(event -> status.cancel());
        cancel.visibleProperty().bind(status.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label file = new Label(WorkspaceLocation.shown(workspace));
        file.setTooltip(new Tooltip(workspace.toAbsolutePath().toString()));
        file.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(message, progress, cancel, spacer, file);
    }
}
