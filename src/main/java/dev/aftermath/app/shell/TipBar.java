package dev.aftermath.app.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The first window's one-line tip about the main actions, with a button that dismisses it for good. */
final class TipBar extends HBox {

    TipBar(HelpViewModel help) {
        super(10);
        setId("tip-bar");
        getStyleClass().add("tip-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label badge = new Label("Tip");
        badge.getStyleClass().add("tip-badge");
        Label text = new Label(help.tipText());
        text.setId("tip-text");
        text.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("tip-dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setTooltip(new Tooltip("Hide this tip; it will not come back"));
        dismiss.setOnAction(event -> help.dismissTip());
        getChildren().addAll(badge, text, spacer, dismiss);
        visibleProperty().bind(help.tipShownProperty());
        managedProperty().bind(visibleProperty());
    }
}
