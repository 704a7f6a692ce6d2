package dev.aftermath.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Shown while the workspace opens in the background. */
public final class LoadingView extends VBox {

    public LoadingView(String workspace) {
        super(14);
        setAlignment(Pos.CENTER);
        getStyleClass().add("loading");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(42, 42);
        Label title = new Label("Opening workspace…");
        title.getStyleClass().add(Styles.TITLE_3);
        Label file = new Label(workspace);
        file.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(spinner, title, file);
    }
}
