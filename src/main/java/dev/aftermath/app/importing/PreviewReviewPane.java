package dev.aftermath.app.importing;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The sections of the written review an import found (summary, root cause, went well, action items...). */
final class PreviewReviewPane extends ScrollPane {

    private final VBox fields = new VBox();

    PreviewReviewPane(ImportPreviewViewModel viewModel) {
        setId("preview-review");
        getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "preview-review");
        fields.getStyleClass().add("review-fields");
        setContent(fields);
        setFitToWidth(true);
        viewModel.shownProperty().addListener((observable, old, shown) -> show(shown));
        show(viewModel.shownProperty().get());
    }

    private void show(PlannedIncident incident) {
        fields.getChildren().clear();
        if (incident == null || incident.review().isEmpty()) {
            Label none = new Label("No review sections found. Summary, root cause, what went well, what could be"
                    + " better and action items are read from headings such as \"What went well\".");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            fields.getChildren().add(none);
            return;
        }
        for (ReviewField field : incident.review()) {
            Label label = new Label(field.label());
            label.getStyleClass().addAll(Styles.TEXT_BOLD, "review-label");
            Label text = new Label(field.text());
            text.setWrapText(true);
            text.getStyleClass().add("review-text");
            fields.getChildren().addAll(label, text);
        }
    }
}
