package dev.aftermath.app.incidents;

import dev.aftermath.analysis.DurationWords;
import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.analysis.TimelineChecks;
import dev.aftermath.analysis.TimelineWarning;
import dev.aftermath.app.history.EditHistory;
import dev.aftermath.app.history.IncidentEdit;
import dev.aftermath.app.history.IncidentWriter;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The incident on the right of the main window. Every command turns into one undoable {@link IncidentEdit}; the
 * derived lists (entries, milestones, durations, checks) are recomputed from the incident after each change.
 */
public final class IncidentViewModel {

    private final EditHistory history;
    private final IncidentWriter writer;
    private final ObjectProperty<Incident> incident = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<MilestoneRow> milestones = FXCollections.observableArrayList();
    private final ObservableList<DurationRow> durations = FXCollections.observableArrayList();
    private final ObservableList<TimelineWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timeHeader = new ReadOnlyStringWrapper("Time");
    private final ReadOnlyStringWrapper zoneError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<UUID> selectedEntry = new SimpleObjectProperty<>();
    private final List<Runnable> pendingEdits = new ArrayList<>();
    private boolean committingPending;

    public IncidentViewModel(EditHistory history, IncidentWriter writer) {
        this.history = history;
        this.writer = writer;
        incident.addListener((observable, old, current) -> refresh(current));
    }

    private void refresh(Incident current) {
        zoneError.set("");
        if (current == null) {
            entries.clear();
            milestones.clear();
            durations.clear();
            warnings.clear();
            return;
        }
        entries.setAll(current.entries());
        timeHeader.set("Time (" + current.zone().getId() + ")");
        IncidentMilestones derived = IncidentMilestones.of(current);
        milestones.setAll(milestoneRows(derived, current.zone()));
        durations.setAll(derived.durations().entrySet().stream()
                .map(duration -> new DurationRow(TimeFormats.words(duration.getKey()),
                        DurationWords.of(duration.getValue())))
                .toList());
        warnings.setAll(TimelineChecks.check(current));
    }

    private static List<MilestoneRow> milestoneRows(IncidentMilestones derived, ZoneId zone) {
        List<MilestoneRow> rows = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            MilestoneValue effective = derived.effective().get(milestone);
            MilestoneValue fromEntries = derived.derived().get(milestone);
            Instant at = effective == null ? null : effective.at();
            rows.add(new MilestoneRow(milestone, TimeFormats.words(milestone), at, TimeFormats.dateTime(at, zone),
                    effective != null && effective.pinned(),
                    fromEntries == null ? "" : TimeFormats.dateTime(fromEntries.at(), zone)));
        }
        return rows;
    }

    /** The incident shown; set by the main window when the selection changes. */
    public ObjectProperty<Incident> incidentProperty() {
        return incident;
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public ObservableList<MilestoneRow> milestones() {
        return milestones;
    }

    public ObservableList<DurationRow> durations() {
        return durations;
    }

    public ObservableList<TimelineWarning> warnings() {
        return warnings;
    }

    /** "Time (Europe/Berlin)": the entries' time column names the zone its times are in. */
    public ReadOnlyStringProperty timeHeaderProperty() {
        return timeHeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoneErrorProperty() {
        return zoneError.getReadOnlyProperty();
    }

    /** The entry the table highlights; a click on a timeline check sets it. */
    public ObjectProperty<UUID> selectedEntryProperty() {
        return selectedEntry;
    }

    public String formatTime(Instant at) {
        Incident current = incident.get();
        return current == null ? "" : TimeFormats.dateTime(at, current.zone());
    }

    public void rename(String title) {
        String cleaned = title == null ? "" : title.strip();
        if (!cleaned.isEmpty()) {
            change("Change title", incident -> incident.withTitle(cleaned));
        }
    }

    public void changeSeverity(Severity severity) {
        change("Change severity", incident -> incident.withSeverity(severity));
    }

    public void changeStatus(ReviewStatus status) {
        change("Change review status", incident -> incident.withStatus(status));
    }

    /** Accepts an IANA zone id such as {@code Europe/Berlin}; anything else leaves the zone and says why. */
    public void changeZone(String zoneId) {
        try {
            ZoneId zone = ZoneId.of(zoneId == null ? "" : zoneId.strip());
            zoneError.set("");
            change("Change time zone to " + zone.getId(), incident -> incident.withZone(zone));
        } catch (DateTimeException unknown) {
            zoneError.set("'" + zoneId + "' is not a time zone. Choose one from the list, e.g. Europe/Berlin or UTC.");
        }
    }

    /** Takes services separated by commas, as typed in the header. */
    public void changeAffected(String commaSeparated) {
        List<String> services = Arrays.stream((commaSeparated == null ? "" : commaSeparated).split(","))
                .map(String::strip).filter(service -> !service.isEmpty()).distinct().toList();
        change("Change affected services", incident -> incident.withAffected(services));
    }

    public static String affectedText(Incident incident) {
        return incident.affected().stream().collect(Collectors.joining(", "));
    }

    public EntryEditorViewModel newEntryEditor() {
        Incident current = Objects.requireNonNull(incident.get(), "no incident shown");
        Instant suggested = current.entries().isEmpty()
                ? Instant.now()
                : current.entries().get(current.entries().size() - 1).at();
        return EntryEditorViewModel.forNewEntry(suggested, current.zone());
    }

    /** The editor for a new entry at a time the user pointed at, rounded to the second. */
    public EntryEditorViewModel newEntryEditor(Instant at) {
        Incident current = Objects.requireNonNull(incident.get(), "no incident shown");
        return EntryEditorViewModel.forNewEntry(Instant.ofEpochSecond(Math.round(at.toEpochMilli() / 1000.0)),
                current.zone());
    }

    public EntryEditorViewModel editorFor(TimelineEntry entry) {
        return EntryEditorViewModel.forEntry(entry, incident.get().zone());
    }

    public void addEntry(EntryDraft draft) {
        TimelineEntry entry = TimelineEntry.manual(draft.at(), draft.kind(), draft.text());
        change("Add entry '" + shorten(draft.text()) + "'", incident -> incident.withEntry(entry));
        selectedEntry.set(entry.id());
    }

    public void updateEntry(UUID entryId, EntryDraft draft) {
        change("Edit entry '" + shorten(draft.text()) + "'", incident -> incident.mapEntry(entryId,
                entry -> entry.withAt(draft.at()).withKind(draft.kind()).withText(draft.text()).withoutDoubt()));
    }

    /**
     * Moves an entry to {@code at}, rounded to the second (a span keeps its length); one undoable edit. The
     * entry stays selected.
     */
    public void moveEntry(UUID entryId, Instant at) {
        Instant rounded = Instant.ofEpochSecond(Math.round(at.toEpochMilli() / 1000.0));
        findEntry(entryId).ifPresent(entry -> change("Move entry '" + shorten(entry.text()) + "' to "
                + TimeFormats.dateTime(rounded, incident.get().zone()).substring(11), incident -> incident.mapEntry(
                        entryId, moved -> moved.withAt(rounded).withEnd(moved.end() == null ? null
                                : moved.end().plus(Duration.between(moved.at(), rounded))))));
    }

    /** Marks an entry as a key moment (pinned), which presentation mode can step through alone, or unmarks it. */
    public void markKeyMoment(UUID entryId, boolean key) {
        findEntry(entryId).ifPresent(entry -> change((key ? "Mark" : "Unmark") + " key moment '"
                + shorten(entry.text()) + "'", incident -> incident.mapEntry(entryId, e -> e.withPinned(key))));
    }

    /** Adds the IMPACT_STARTED entry a metric suggested; it keeps the metric as its source. */
    public void addImpactStart(Instant at, String text) {
        TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), at, null, EntryKind.IMPACT_STARTED, text,
                EntrySource.METRICS, null, null, false, false);
        change("Add impact start at " + TimeFormats.dateTime(at, incident.get().zone()).substring(11),
                incident -> incident.withEntry(entry));
        selectedEntry.set(entry.id());
    }

    /** Sets the threshold line of a series; null removes it. */
    public void setThreshold(UUID seriesId, Double threshold) {
        incident.get().series().stream().filter(series -> series.id().equals(seriesId)).findFirst()
                .ifPresent(series -> change((threshold == null ? "Remove threshold of '" : "Set threshold of '")
                        + shorten(series.name()) + "'", incident -> incident.mapSeries(seriesId,
                                changed -> changed.withThreshold(threshold))));
    }

    public Optional<TimelineEntry> findEntry(UUID entryId) {
        Incident current = incident.get();
        return current == null ? Optional.empty()
                : current.entries().stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }

    public void deleteEntry(TimelineEntry entry) {
        change("Delete entry '" + shorten(entry.text()) + "'", incident -> incident.withoutEntry(entry.id()));
    }

    public TimeInput pinInput(MilestoneRow row) {
        Incident current = incident.get();
        Instant initial = row.at() != null ? row.at()
                : current.entries().isEmpty() ? Instant.now() : current.entries().get(0).at();
        return new TimeInput(initial, current.zone());
    }

    public void pin(Milestone milestone, Instant at) {
        change("Pin " + TimeFormats.words(milestone).toLowerCase(Locale.ROOT),
                incident -> incident.withPin(milestone, at));
    }

    public void unpin(Milestone milestone) {
        change("Unpin " + TimeFormats.words(milestone).toLowerCase(Locale.ROOT),
                incident -> incident.withPin(milestone, null));
    }

    /**
     * Registers a commit of edits still being made, such as text being typed in the review: it runs before any
     * other change, undo or redo, so that the typed text is one edit of its own and never lost or overwritten.
     */
    public void addPendingEdits(Runnable commit) {
        pendingEdits.add(commit);
    }

    public void commitPendingEdits() {
        if (committingPending) {
            return;
        }
        committingPending = true;
        try {
            pendingEdits.forEach(Runnable::run);
        } finally {
            committingPending = false;
        }
    }

    /** Applies {@code edit} to the shown incident as one undoable edit; nothing when it changes nothing. */
    public void change(String description, UnaryOperator<Incident> edit) {
        commitPendingEdits();
        Incident before = incident.get();
        if (before == null) {
            return;
        }
        Incident after = edit.apply(before);
        if (!after.equals(before)) {
            history.perform(IncidentEdit.change(description, before, after, writer));
        }
    }

    /** The first line of {@code text}, cut to 40 characters: for naming things in Undo and Redo. */
    public static String shorten(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 40 ? line : line.substring(0, 39) + "…";
    }
}
