package dev.aftermath.app.incidents;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.rca.ReviewView;
import dev.aftermath.app.rca.ReviewViewModel;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The selected incident: header on top, then two tabs: Entries (the timeline over the table, milestones and
 * checks) and Review (the written review, which gets the whole height).
 */
public final class IncidentView extends BorderPane {

    private final IncidentHeaderView header;
    private final EntriesView entries;
    private final SplitPane split;
    private final TabPane tabs = new TabPane();
    private final Tab entriesTab = new Tab("Entries");
    private final Tab reviewTab = new Tab("Review");
    private final ReviewView review;
    private final SplitPane timelineSplit;

    /**
     * @param timeline the timeline, built by the caller (it lives in {@code app.timeline})
     */
    public IncidentView(IncidentViewModel viewModel, ReviewViewModel review, Node timeline) {
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
        this.review = new ReviewView(review, entryId -> {
            tabs.getSelectionModel().select(entriesTab);
            if (entryId != null) {
                viewModel.selectedEntryProperty().set(null);
                viewModel.selectedEntryProperty().set(entryId);
            }
        });
        timelineSplit = new SplitPane(timeline, split);
        timelineSplit.setOrientation(Orientation.VERTICAL);
        entriesTab.setContent(timelineSplit);
        reviewTab.setContent(this.review);
        tabs.getTabs().setAll(entriesTab, reviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("incident-tabs");
        setTop(header);
        setCenter(tabs);
    }

    public void focusTitle() {
        header.focusTitle();
    }

    public void addEntry() {
        entries.addEntry();
    }

    public void restoreDivider(AppPreferences preferences) {
        split.setDividerPositions(preferences.divider("incident", 0.58));
        review.setDividerPosition(preferences.divider("review", 0.76));
        tabs.getSelectionModel().select(preferences.tab("incident", "").equals(reviewTab.getText()) ? reviewTab
                : entriesTab);
        timelineSplit.setDividerPositions(preferences.divider("timeline", 0.64));
    }

    public void rememberDivider(AppPreferences preferences) {
        preferences.setDivider("incident", split.getDividerPositions()[0]);
        preferences.setDivider("timeline", timelineSplit.getDividerPositions()[0]);
        preferences.setDivider("review", review.dividerPosition());
        preferences.setTab("incident", tabs.getSelectionModel().getSelectedItem().getText());
    }

    /** Shows the Entries tab (1) or the Review tab (2). */
    public void showTab(int number) {
        tabs.getSelectionModel().select(number == 2 ? reviewTab : entriesTab);
    }
}
