package dev.aftermath.app.incidents;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Each milestone's effective time with pin/unpin, then the key durations measured from impact start. */
final class MilestonesView extends VBox {

    private final IncidentViewModel viewModel;
    private final GridPane milestones = new GridPane();
    private final GridPane durations = new GridPane();
    private final Label noDurations = new Label("Durations appear once the impact start and a later milestone"
            + " are known.");

    MilestonesView(IncidentViewModel viewModel) {
        super(8);
        this.viewModel = viewModel;
        getStyleClass().add("milestones");
        Label title = new Label("Milestones");
        title.getStyleClass().add(Styles.TITLE_4);
        Label durationsTitle = new Label("Durations");
        durationsTitle.getStyleClass().add(Styles.TITLE_4);
        noDurations.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        noDurations.setWrapText(true);
        for (GridPane grid : new GridPane[] {milestones, durations}) {
            grid.getStyleClass().add("facts");
            ColumnConstraints name = new ColumnConstraints();
            name.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints value = new ColumnConstraints();
            value.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().setAll(name, value);
        }
        viewModel.milestones().addListener((ListChangeListener<MilestoneRow>) change -> fillMilestones());
        viewModel.durations().addListener((ListChangeListener<DurationRow>) change -> fillDurations());
        getChildren().addAll(title, milestones, durationsTitle, durations, noDurations);
        fillMilestones();
        fillDurations();
    }

    private void fillMilestones() {
        milestones.getChildren().clear();
        int row = 0;
        for (MilestoneRow milestone : viewModel.milestones()) {
            Label name = new Label(milestone.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label time = new Label(milestone.at() == null ? "—" : milestone.time());
            time.setMinWidth(Region.USE_PREF_SIZE);
            time.getStyleClass().add("time");
            if (milestone.pinned()) {
                time.getStyleClass().add("pinned");
                time.setTooltip(new Tooltip(milestone.derivedTime().isEmpty() ? "Pinned; the entries give no time"
                        : "Pinned; the entries say " + milestone.derivedTime()));
            }
            Button action = milestone.pinned() ? new Button("Unpin") : new Button("Pin");
            Label pinMark = new Label(milestone.pinned() ? "pinned" : "");
            pinMark.setMinWidth(Region.USE_PREF_SIZE);
            action.setMinWidth(Region.USE_PREF_SIZE);
            pinMark.getStyleClass().add(milestone.pinned() ? "chip" : "chip-placeholder");
            pinMark.getStyleClass().add("pin-mark");
            action.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            action.setAccessibleText((milestone.pinned() ? "Unpin " : "Pin ") + milestone.name());
            action.setTooltip(new Tooltip(milestone.pinned() ? "Go back to the time the entries give"
                    : "Pin this milestone to a time you choose"));
            action.setOnAction(event -> togglePin(milestone));
            milestones.addRow(row++, name, time, pinMark, action);
            GridPane.setHalignment(action, HPos.RIGHT);
        }
    }

    private void togglePin(MilestoneRow milestone) {
        if (milestone.pinned()) {
            viewModel.unpin(milestone.milestone());
        } else {
            PinDialog.show(getScene().getWindow(), milestone, viewModel.pinInput(milestone))
                    .ifPresent(at -> viewModel.pin(milestone.milestone(), at));
        }
    }

    private void fillDurations() {
        durations.getChildren().clear();
        int row = 0;
        for (DurationRow duration : viewModel.durations()) {
            Label name = new Label(duration.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            Label value = new Label(duration.value());
            value.getStyleClass().addAll("duration", Styles.TEXT_BOLD);
            durations.addRow(row++, name, value);
        }
        boolean none = viewModel.durations().isEmpty();
        noDurations.setVisible(none);
        noDurations.setManaged(none);
    }
}
