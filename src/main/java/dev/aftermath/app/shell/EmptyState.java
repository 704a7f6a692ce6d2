package dev.aftermath.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/** What a new user sees in an empty workspace: what Aftermath is for and the three ways to begin. */
final class EmptyState extends VBox {

    private final Button create = new Button("New incident");

    EmptyState(Runnable newIncident, Runnable importFiles) {
        super(14);
        getStyleClass().add("welcome");
        setAlignment(Pos.CENTER);
        Label title = new Label("No incidents yet");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Aftermath turns an incident's scattered notes, status posts and reports into one "
                + "timeline with its milestones and durations. Start a new incident and write down what happened, "
                + "or import what you already have: an incident file, a status-page export or a written report.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(TextAlignment.CENTER);
        create.setId("welcome-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(true);
        create.setOnAction(event -> newIncident.run());
        Button open = new Button("Import a file…");
        open.setOnAction(event -> importFiles.run());
        HBox buttons = new HBox(10, create, open);
        buttons.setAlignment(Pos.CENTER);
        Label drop = new Label("You can also drag files onto this window.  New incident: Ctrl+N   Import: Ctrl+O");
        drop.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(title, text, buttons, drop);
    }

    void focusNewIncident() {
        create.requestFocus();
    }
}
