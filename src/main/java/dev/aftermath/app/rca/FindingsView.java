package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.analysis.ReviewFinding;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The checks before review, as a column of cards; clicking one (or Enter on it) jumps to the entry, milestone,
 * section or action item it is about. Cards rather than a list view, so that long messages wrap.
 */
final class FindingsView extends VBox {

    private final VBox cards = new VBox(6);
    private final Consumer<ReviewFinding.Where> jump;

    FindingsView(ReviewViewModel viewModel, Consumer<ReviewFinding.Where> jump) {
        super(8);
        this.jump = jump;
        getStyleClass().add("findings");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.findings().isEmpty()
                ? "Before review" : "Before review (" + viewModel.findings().size() + ")", viewModel.findings()));
        Label hint = new Label("Click a finding to go to it.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        cards.setId("findings");
        cards.getStyleClass().add("finding-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("findings-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        viewModel.findings().addListener((ListChangeListener<ReviewFinding>) change -> fill(viewModel));
        fill(viewModel);
        getChildren().addAll(title, hint, scroll);
    }

    private void fill(ReviewViewModel viewModel) {
        cards.getChildren().clear();
        for (ReviewFinding finding : viewModel.findings()) {
            cards.getChildren().add(card(finding));
        }
        if (viewModel.findings().isEmpty()) {
            Label fine = new Label("Nothing to fix: the timeline and the review pass every check.");
            fine.setWrapText(true);
            fine.getStyleClass().add(Styles.TEXT_MUTED);
            cards.getChildren().add(fine);
        }
    }

    private VBox card(ReviewFinding finding) {
        ReviewFinding.Where where = finding.where();
        boolean document = where instanceof ReviewFinding.AtActionItem || where instanceof ReviewFinding.AtSection;
        Label area = new Label(where instanceof ReviewFinding.AtActionItem ? "Action item"
                : where instanceof ReviewFinding.AtSection section ? section.section().heading()
                : where instanceof ReviewFinding.AtMilestone ? "Milestones" : "Timeline");
        area.getStyleClass().addAll("chip", "finding-area",
                document ? "finding-area-document" : "finding-area-timeline");
        Label message = new Label(finding.message());
        message.setWrapText(true);
        message.getStyleClass().add("finding-message");
        VBox card = new VBox(4, area, message);
        card.getStyleClass().add("finding");
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(finding.message());
        card.setOnMouseClicked(event -> go(card, where));
        card.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                go(card, where);
                event.consume();
            }
        });
        return card;
    }

    private void go(VBox card, ReviewFinding.Where where) {
        card.requestFocus();
        if (where != null) {
            jump.accept(where);
        }
    }
}
