package dev.aftermath.app.presentation;

import dev.aftermath.app.incidents.TimeFormats;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lower part of the presentation: where the presenter is ("7 / 23" and a bar), the current entry's time, kind,
 * text and source in large type, the numbered milestones with the ones reached lit, and the keys.
 */
final class StoryPane extends VBox {

    private static final double TEXT_HEIGHT = 160;

    private final PresentationViewModel viewModel;
    private final Label progress = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label time = new Label();
    private final Label relative = new Label();
    private final Label kind = new Label();
    private final Label text = new Label();
    private final Label source = new Label();
    private final FlowPane milestones = new FlowPane();
    private final Label notice = new Label();

    StoryPane(PresentationViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("story");
        progress.setId("presentation-progress");
        progress.getStyleClass().add("progress-text");
        bar.getStyleClass().add("progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        time.getStyleClass().add("time");
        relative.getStyleClass().add("relative");
        kind.getStyleClass().add("kind");
        text.setId("presentation-text");
        text.getStyleClass().add("text-body");
        text.setWrapText(true);
        text.setAlignment(Pos.TOP_LEFT);
        // Three lines, always: the timeline above keeps its height from one entry to the next.
        text.setMinHeight(TEXT_HEIGHT);
        text.setPrefHeight(TEXT_HEIGHT);
        text.setMaxHeight(TEXT_HEIGHT);
        source.getStyleClass().add("source");
        milestones.getStyleClass().add("milestones");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        notice.visibleProperty().bind(Bindings.isNotEmpty(viewModel.noticeProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(24, time, relative, kind, spacer, notice, progress);
        heading.setAlignment(Pos.BASELINE_LEFT);
        Label keys = new Label("→ next   ← back   K key moments   B blank   1–8 milestones   Esc leave");
        keys.getStyleClass().add("keys");
        getChildren().addAll(bar, heading, text, source, milestones, keys);
        viewModel.indexProperty().addListener((observable, old, index) -> refresh());
        viewModel.keyMomentsOnlyProperty().addListener((observable, old, keyOnly) -> refresh());
        refresh();
    }

    private void refresh() {
        Story story = viewModel.storyProperty().get();
        progress.setText(viewModel.progressText());
        bar.setProgress(viewModel.stepCount() == 0 ? 0 : (viewModel.indexProperty().get() + 1.0)
                / viewModel.stepCount());
        time.setText(story == null ? "" : story.time());
        relative.setText(story == null ? "" : story.relative());
        kind.setText(story == null ? "" : story.kind());
        text.setText(story == null ? "This incident has no entries yet." : story.text());
        source.setText(story == null ? "" : story.source());
        milestones.getChildren().clear();
        for (MilestoneStop stop : viewModel.milestones()) {
            Label label = new Label(stop.number() + "  " + stop.label() + " "
                    + TimeFormats.dateTime(stop.at(), viewModel.zone()).substring(11, 16));
            label.getStyleClass().addAll("milestone", stop.reached() ? "reached" : "ahead");
            milestones.getChildren().add(label);
        }
    }
}
