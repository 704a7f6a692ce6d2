package dev.aftermath.app.rca;

import dev.aftermath.analysis.ReviewChecks;
import dev.aftermath.analysis.ReviewFinding;
import dev.aftermath.app.fx.LinkOpener;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.drafting.RcaDraft;
import dev.aftermath.drafting.RcaDrafter;
import dev.aftermath.export.markdown.MarkdownExporter;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.export.report.WebLinks;
import dev.aftermath.model.Incident;
import dev.aftermath.model.ReviewSection;
import dev.aftermath.model.ReviewStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Review tab: the written sections, the action items, the generated timeline story and the checks before
 * review. A published review is read-only until reopened; every change is an undoable edit of the incident.
 */
public final class ReviewViewModel {

    private final IncidentViewModel incident;
    private final StatusViewModel status;
    private final LinkOpener links;
    private final Clock clock;
    private final BooleanBinding readOnly;
    private final Map<ReviewSection, TextSectionViewModel> texts = new EnumMap<>(ReviewSection.class);
    private final Map<ReviewSection, ListSectionViewModel> lists = new EnumMap<>(ReviewSection.class);
    private final ActionItemsViewModel actions;
    private final ObservableList<String> narrative = FXCollections.observableArrayList();
    private final ObservableList<ReviewFinding> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canDraft = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    public ReviewViewModel(IncidentViewModel incident, StatusViewModel status, LinkOpener links, Clock clock) {
        this.incident = incident;
        this.status = status;
        this.links = links;
        this.clock = clock;
        readOnly = Bindings.createBooleanBinding(() -> incident.incidentProperty().get() != null
                && incident.incidentProperty().get().status() == ReviewStatus.PUBLISHED, incident.incidentProperty());
        for (ReviewSection section : ReviewSection.values()) {
            if (section.isList()) {
                lists.put(section, new ListSectionViewModel(section, incident, readOnly));
            } else {
                texts.put(section, new TextSectionViewModel(section, incident, readOnly));
            }
        }
        actions = new ActionItemsViewModel(incident, readOnly, clock);
        incident.incidentProperty().addListener((observable, old, shown) -> show(shown));
        show(incident.incidentProperty().get());
    }

    private void show(Incident shown) {
        texts.values().forEach(section -> section.show(shown));
        lists.values().forEach(section -> section.show(shown));
        actions.show(shown);
        if (shown == null) {
            narrative.clear();
            findings.clear();
            canDraft.set(false);
            progress.set("");
            return;
        }
        long written = Arrays.stream(ReviewSection.values()).filter(section -> !shown.rca().isEmpty(section))
                .count() + (shown.rca().actionItems().isEmpty() ? 0 : 1);
        progress.set(written + " of " + (ReviewSection.values().length + 1) + " sections written");
        RcaDraft draft = RcaDrafter.draft(shown);
        narrative.setAll(draft.narrative());
        findings.setAll(ReviewChecks.check(shown, LocalDate.now(clock)));
        canDraft.set(!RcaDrafter.fillable(shown.rca(), draft).isEmpty());
    }

    /** Writes the draft into every empty section it has facts for, as one edit; says what it did. */
    public void draftFromTimeline() {
        incident.commitPendingEdits();
        Incident shown = incident.incidentProperty().get();
        if (shown == null || readOnly.get()) {
            return;
        }
        RcaDraft draft = RcaDrafter.draft(shown);
        List<ReviewSection> filled = RcaDrafter.fillable(shown.rca(), draft);
        if (filled.isEmpty()) {
            status.show("Nothing to draft: the sections it writes already have text, or the timeline has no facts");
            return;
        }
        incident.change("Draft from timeline",
                current -> current.withRca(RcaDrafter.fillEmpty(current.rca(), draft)));
        status.show("Drafted " + filled.stream().map(section -> section.heading().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and ")) + " from the timeline; check every sentence");
    }

    /** The Markdown export of the incident, without the picture, made in the background and handed to the clipboard. */
    public void copyAsMarkdown(Consumer<String> clipboard) {
        incident.commitPendingEdits();
        Incident shown = incident.incidentProperty().get();
        if (shown != null) {
            status.run("Copying as Markdown…", "Copied '" + shown.title() + "' as Markdown",
                    "Could not copy as Markdown",
                    progress -> MarkdownExporter.render(ReportContent.of(shown), Optional.empty()),
                    clipboard::accept);
        }
    }

    /** Opens a web or mail link in the background, since starting a browser can take a while; other links stay shut. */
    public void openLink(String address) {
        if (!WebLinks.isClickable(address)) {
            status.show("Only web and mail links open from here: " + address);
            return;
        }
        status.run("Opening " + address + "…", "Opened " + address, "Could not open the link", progress -> {
            links.open(address);
            return null;
        }, opened -> { });
    }

    /** Makes a published review editable again, as a draft. */
    public void reopen() {
        incident.changeStatus(ReviewStatus.DRAFT);
    }

    /** True while the review is published: nothing in it can be changed until it is reopened. */
    public BooleanExpression readOnly() {
        return readOnly;
    }

    public TextSectionViewModel text(ReviewSection section) {
        return texts.get(section);
    }

    public ListSectionViewModel list(ReviewSection section) {
        return lists.get(section);
    }

    public ActionItemsViewModel actions() {
        return actions;
    }

    public IncidentViewModel incident() {
        return incident;
    }

    /** The timeline told as sentences, one per milestone; read-only, made from the entries. */
    public ObservableList<String> narrative() {
        return narrative;
    }

    public ObservableList<ReviewFinding> findings() {
        return findings;
    }

    /** "4 of 9 sections written": the written sections and the action items, for the toolbar. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True when "Draft from timeline" would write something. */
    public ReadOnlyBooleanProperty canDraftProperty() {
        return canDraft.getReadOnlyProperty();
    }
}
