package dev.aftermath.app.timeline;

import atlantafx.base.theme.Styles;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The timeline with a slim toolbar: zoom, fit, the pictures and presentation mode. */
public final class TimelinePane extends VBox {

    /** What the toolbar asks of the window. */
    public interface Actions {
        void copyPicture();

        void exportPicture();

        void present();
    }

    public TimelinePane(TimelineView timeline, Actions actions) {
        getStyleClass().add("timeline-pane");
        TimelineViewModel viewModel = timeline.viewModel();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6,
                button("−", "Zoom out (−, or the mouse wheel)", viewModel::zoomOut),
                button("+", "Zoom in (+, or the mouse wheel)", viewModel::zoomIn),
                button("Fit", "Show the incident from start to resolution (0, or double-click)", viewModel::fit),
                spacer,
                button("Copy picture", "Copy the timeline as a picture (Ctrl+Alt+C)", actions::copyPicture),
                button("Export picture…", "Save the timeline as PNG or SVG (Ctrl+Shift+E)", actions::exportPicture),
                new Separator(Orientation.VERTICAL),
                button("▶  Present", "Presentation mode for the review meeting (F5)", actions::present));
        toolbar.getStyleClass().add("timeline-toolbar");
        Button present = (Button) toolbar.getChildren().get(toolbar.getChildren().size() - 1);
        present.getStyleClass().remove(Styles.FLAT);
        present.getStyleClass().add(Styles.ACCENT);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(toolbar, timeline);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }
}
