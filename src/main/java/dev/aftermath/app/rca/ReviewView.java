package dev.aftermath.app.rca;

import atlantafx.base.theme.Styles;
import dev.aftermath.analysis.ReviewFinding;
import dev.aftermath.app.fx.SystemClipboard;
import dev.aftermath.model.ReviewSection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Review tab: the written review as one page (sections in document order, the timeline told from the
 * entries, the action items), with the checks before review beside it.
 */
public final class ReviewView extends BorderPane {

    private static final PseudoClass NARROW = PseudoClass.getPseudoClass("narrow");
    /** Below this the page cannot show the document at its widest (1000) with the desk's margins around it. */
    private static final double NARROW_BELOW = 1060;

    private final ReviewViewModel viewModel;
    private final Consumer<UUID> showEntry;
    private final VBox document = new VBox(30);
    private final ScrollPane scroll;
    private final Map<ReviewSection, Node> blocks = new EnumMap<>(ReviewSection.class);
    private final Map<ReviewSection, TextSectionView> texts = new EnumMap<>(ReviewSection.class);
    private final Map<ReviewSection, ListSectionView> lists = new EnumMap<>(ReviewSection.class);
    private final ActionItemsView actions;
    private final VBox actionsBlock;
    private final SplitPane split;

    /** @param showEntry shows the Entries tab and selects the entry with that id (none when null) */
    public ReviewView(ReviewViewModel viewModel, Consumer<UUID> showEntry) {
        this.viewModel = viewModel;
        this.showEntry = showEntry;
        getStyleClass().add("review-view");
        Consumer<String> openLink = viewModel::openLink;
        for (ReviewSection section : ReviewSection.values()) {
            Node body;
            if (section.isList()) {
                ListSectionView list = new ListSectionView(viewModel.list(section), viewModel.readOnly(), openLink);
                lists.put(section, list);
                body = list;
            } else {
                TextSectionView text = new TextSectionView(viewModel.text(section), viewModel.readOnly(), openLink);
                texts.put(section, text);
                body = text;
            }
            blocks.put(section, block(section.heading(), null, body));
        }
        actions = new ActionItemsView(viewModel.actions(), viewModel.readOnly(), openLink);
        actionsBlock = block("Action items", null, actions);
        document.getStyleClass().add("review-document");
        document.getChildren().addAll(blocks.get(ReviewSection.SUMMARY), blocks.get(ReviewSection.IMPACT),
                block("Timeline", "Told from the timeline's milestones. Change the entries to change it.",
                        narrative()),
                blocks.get(ReviewSection.ROOT_CAUSE), blocks.get(ReviewSection.CONTRIBUTING_FACTORS),
                blocks.get(ReviewSection.WENT_WELL), blocks.get(ReviewSection.COULD_BE_BETTER),
                blocks.get(ReviewSection.GOT_LUCKY), blocks.get(ReviewSection.LESSONS), actionsBlock);
        StackPane page = new StackPane(document);
        page.getStyleClass().add("review-page");
        // On a laptop's screen the desk around the page gives its room to the page (and its action items table).
        page.widthProperty().addListener((observable, old, width) ->
                page.pseudoClassStateChanged(NARROW, width.doubleValue() < NARROW_BELOW));
        StackPane.setAlignment(document, Pos.TOP_CENTER);
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("review-scroll");
        FindingsView findings = new FindingsView(viewModel, this::jump);
        findings.setMinWidth(240);
        findings.setPrefWidth(320);
        split = new SplitPane(scroll, findings);
        split.setOrientation(Orientation.HORIZONTAL);
        setTop(new VBox(toolbar(), publishedBanner()));
        setCenter(split);
        revealFocusedNodes();
    }

    /** Tabbing through the page scrolls it, so that the field being typed in is never out of sight. */
    private void revealFocusedNodes() {
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((focus, was, owner) -> {
                    if (owner != null && isInDocument(owner)) {
                        Platform.runLater(() -> ensureVisible(owner));
                    }
                });
            }
        });
    }

    private boolean isInDocument(Node node) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == document) {
                return true;
            }
        }
        return false;
    }

    private void ensureVisible(Node node) {
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = content.getBoundsInLocal().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * scrollable;
        if (bounds.getMinY() < top) {
            scroll.setVvalue(Math.max(0, (bounds.getMinY() - 12) / scrollable));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (bounds.getMaxY() + 12 - viewport) / scrollable));
        }
    }

    private static VBox block(String heading, String caption, Node body) {
        Label title = new Label(heading);
        title.getStyleClass().add("section-heading");
        VBox block = new VBox(10, title);
        if (caption != null) {
            Label note = new Label(caption);
            note.setWrapText(true);
            note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            block.getChildren().add(note);
        }
        block.getChildren().add(body);
        block.getStyleClass().add("review-section");
        return block;
    }

    private VBox narrative() {
        VBox lines = new VBox(6);
        lines.getStyleClass().add("narrative");
        Runnable fill = () -> {
            lines.getChildren().clear();
            for (String sentence : viewModel.narrative()) {
                Label line = new Label("•  " + sentence);
                line.setWrapText(true);
                line.getStyleClass().add("narrative-line");
                lines.getChildren().add(line);
            }
            if (viewModel.narrative().isEmpty()) {
                Label none = new Label(SectionPrompts.TIMELINE);
                none.setWrapText(true);
                none.getStyleClass().add(Styles.TEXT_MUTED);
                lines.getChildren().add(none);
            }
        };
        viewModel.narrative().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        return lines;
    }

    private HBox toolbar() {
        Label title = new Label("Review");
        title.getStyleClass().add(Styles.TITLE_3);
        Label status = new Label();
        status.getStyleClass().addAll("chip", "review-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> viewModel.incident().incidentProperty()
                .get() == null ? "" : ActionItemCells.words(viewModel.incident().incidentProperty().get().status()),
                viewModel.incident().incidentProperty()));
        Label progress = new Label();
        progress.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        progress.textProperty().bind(viewModel.progressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button draft = new Button("Draft from timeline");
        draft.setId("draft-from-timeline");
        draft.getStyleClass().add(Styles.ACCENT);
        draft.setTooltip(new Tooltip("Write the summary and impact from the timeline's facts, with their sources."
                + " Only empty sections are filled; Ctrl+Z takes it back."));
        draft.disableProperty().bind(viewModel.canDraftProperty().not().or(viewModel.readOnly()));
        draft.setOnAction(event -> viewModel.draftFromTimeline());
        Button copy = new Button("Copy as Markdown");
        copy.setId("copy-markdown");
        copy.setTooltip(new Tooltip("Put the whole review on the clipboard as Markdown, for a wiki or a ticket"));
        copy.setOnAction(event -> viewModel.copyAsMarkdown(SystemClipboard::putText));
        HBox bar = new HBox(10, title, status, progress, spacer, draft, copy);
        bar.getStyleClass().add("review-toolbar");
        return bar;
    }

    private HBox publishedBanner() {
        Label text = new Label("This review is published, so it is read-only.");
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Button reopen = new Button("Reopen for editing");
        reopen.setId("reopen-review");
        reopen.getStyleClass().add(Styles.SMALL);
        reopen.setTooltip(new Tooltip("Set the review back to Draft so that it can be changed"));
        reopen.setOnAction(event -> viewModel.reopen());
        HBox banner = new HBox(12, text, reopen);
        banner.getStyleClass().add("published-banner");
        banner.visibleProperty().bind(viewModel.readOnly());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Goes to what a finding is about. */
    void jump(ReviewFinding.Where where) {
        if (where instanceof ReviewFinding.AtEntry entry) {
            showEntry.accept(entry.entryId());
        } else if (where instanceof ReviewFinding.AtMilestone) {
            showEntry.accept(null);
        } else if (where instanceof ReviewFinding.AtSection section) {
            focus(section.section());
        } else if (where instanceof ReviewFinding.AtActionItem item) {
            reveal(actionsBlock);
            actions.select(item.actionId());
        }
    }

    /** Scrolls to a section and puts the caret in it. */
    public void focus(ReviewSection section) {
        reveal(blocks.get(section));
        if (section.isList()) {
            lists.get(section).edit();
        } else {
            texts.get(section).edit();
        }
    }

    private void reveal(Node node) {
        Platform.runLater(() -> {
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (scrollable > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 12) / scrollable)));
            }
        });
    }

    public double dividerPosition() {
        return split.getDividerPositions()[0];
    }

    /** Applied once the tab is first laid out at its real width, as a split laid out while hidden ignores it. */
    public void setDividerPosition(double position) {
        split.setDividerPositions(position);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> width, Number old, Number now) {
                if (isVisible() && now.doubleValue() > 0) {
                    split.setDividerPositions(position);
                    width.removeListener(this);
                }
            }
        });
    }
}
