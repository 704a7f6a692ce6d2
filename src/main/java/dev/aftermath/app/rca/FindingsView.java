package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.analysis.ReviewFinding;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The checks before review; choosing one jumps to the entry, milestone, section or action item it is about. */
final class FindingsView extends VBox {

    FindingsView(ReviewViewModel viewModel, Consumer<ReviewFinding.Where> jump) {
        super(8);
        getStyleClass().add("findings");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.findings().isEmpty()
                ? "Before review" : "Before review (" + viewModel.findings().size() + ")", viewModel.findings()));
        Label hint = new Label("Click a finding to go to it.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ListView<ReviewFinding> list = new ListView<>(viewModel.findings());
        list.setId("findings");
        list.getStyleClass().add("findings-list");
        Label fine = new Label("Nothing to fix: the timeline and the review pass every check.");
        fine.setWrapText(true);
        fine.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(fine);
        list.setCellFactory(ignored -> new FindingCell());
        list.setOnMouseClicked(event -> go(list, jump));
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                go(list, jump);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, hint, list);
    }

    private static void go(ListView<ReviewFinding> list, Consumer<ReviewFinding.Where> jump) {
        ReviewFinding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null && finding.where() != null) {
            jump.accept(finding.where());
        }
    }

    /** The area as a small chip above the message; the cell's own text wraps, so rows grow with it. */
    private static final class FindingCell extends ListCell<ReviewFinding> {

        private final Label area = new Label();

        FindingCell() {
            setPrefWidth(0);
            setWrapText(true);
            setContentDisplay(ContentDisplay.TOP);
            setGraphicTextGap(4);
            setAlignment(Pos.TOP_LEFT);
            area.getStyleClass().addAll("chip", "finding-area");
        }

        @Override
        protected void updateItem(ReviewFinding finding, boolean empty) {
            super.updateItem(finding, empty);
            if (empty || finding == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            ReviewFinding.Where where = finding.where();
            boolean document = where instanceof ReviewFinding.AtActionItem || where instanceof ReviewFinding.AtSection;
            area.setText(where instanceof ReviewFinding.AtActionItem ? "Action item"
                    : where instanceof ReviewFinding.AtSection section ? section.section().heading()
                    : where instanceof ReviewFinding.AtMilestone ? "Milestones" : "Timeline");
            area.getStyleClass().removeAll("finding-area-document", "finding-area-timeline");
            area.getStyleClass().add(document ? "finding-area-document" : "finding-area-timeline");
            setText(finding.message());
            setGraphic(area);
        }
    }
}
