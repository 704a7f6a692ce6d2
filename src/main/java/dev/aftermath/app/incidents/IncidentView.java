package dev.aftermath.app.incidents;

import dev.aftermath.app.fx.AppPreferences;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected incident: header on top, the timeline under it, and below that the entries with the milestones and
 * checks on the right.
 */
public final class IncidentView extends BorderPane {

    private final IncidentHeaderView header;
    private final EntriesView entries;
    private final SplitPane split;
    private final SplitPane timelineSplit;

    /**
     * @param timeline the timeline control, built by the caller (it lives in {@code app.timeline})
     */
    public IncidentView(IncidentViewModel viewModel, Node timeline) {
        getStyleClass().add("incident-view");
        header = new IncidentHeaderView(viewModel);
        entries = new EntriesView(viewModel);
        MilestonesView milestones = new MilestonesView(viewModel);
        ChecksView checks = new ChecksView(viewModel);
        VBox.setVgrow(checks, Priority.ALWAYS);
        VBox side = new VBox(18, milestones, checks);
        side.getStyleClass().add("side-panel");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.getStyleClass().add("side-scroll");
        sideScroll.setMinWidth(490);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        split = new SplitPane(entries, sideScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(sideScroll, false);
        timelineSplit = new SplitPane(timeline, split);
        timelineSplit.setOrientation(Orientation.VERTICAL);
        setTop(header);
        setCenter(timelineSplit);
    }

    public void focusTitle() {
        header.focusTitle();
    }

    public void addEntry() {
        entries.addEntry();
    }

    public void restoreDivider(AppPreferences preferences) {
        split.setDividerPositions(preferences.divider("incident", 0.58));
        timelineSplit.setDividerPositions(preferences.divider("timeline", 0.64));
    }

    public void rememberDivider(AppPreferences preferences) {
        preferences.setDivider("incident", split.getDividerPositions()[0]);
        preferences.setDivider("timeline", timelineSplit.getDividerPositions()[0]);
    }
}
