package dev.aftermath.app.timeline;

import dev.aftermath.app.incidents.EntryDialog;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.ImpactSuggestion;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * The edits the timeline offers, each one undoable command of the incident's view model; the ones that need a
 * value ask for it in a dialog over the timeline's window.
 */
public final class TimelineEditor {

    private final IncidentViewModel incident;
    private final Supplier<Window> owner;

    /**
     * @param owner the window dialogs open over
     */
    public TimelineEditor(IncidentViewModel incident, Supplier<Window> owner) {
        this.incident = incident;
        this.owner = owner;
    }

    private Window window() {
        return owner.get();
    }

    void moveEntry(UUID entryId, Instant at) {
        incident.moveEntry(entryId, at);
    }

    void editEntry(UUID entryId) {
        incident.findEntry(entryId).ifPresent(entry -> EntryDialog.show(window(), incident.editorFor(entry))
                .ifPresent(draft -> incident.updateEntry(entryId, draft)));
    }

    void addEntryAt(long millis) {
        EntryDialog.show(window(), incident.newEntryEditor(Instant.ofEpochMilli(millis)))
                .ifPresent(incident::addEntry);
    }

    void deleteEntry(UUID entryId) {
        incident.findEntry(entryId).ifPresent(incident::deleteEntry);
    }

    void pin(Milestone milestone, long millis) {
        incident.pin(milestone, Instant.ofEpochSecond(Math.round(millis / 1000.0)));
    }

    boolean isKeyMoment(UUID entryId) {
        return incident.findEntry(entryId).map(TimelineEntry::pinned).orElse(false);
    }

    void markKeyMoment(UUID entryId, boolean key) {
        incident.markKeyMoment(entryId, key);
    }

    Optional<MetricSeries> series(UUID seriesId) {
        return Optional.ofNullable(incident.incidentProperty().get()).flatMap(shown -> shown.series().stream()
                .filter(series -> series.id().equals(seriesId)).findFirst());
    }

    void editThreshold(UUID seriesId) {
        series(seriesId).ifPresent(series -> ThresholdDialog.show(window(), series)
                .ifPresent(threshold -> incident.setThreshold(seriesId,
                        threshold.isPresent() ? threshold.getAsDouble() : null)));
    }

    void removeThreshold(UUID seriesId) {
        incident.setThreshold(seriesId, null);
    }

    void accept(ImpactSuggestion suggestion) {
        incident.addImpactStart(suggestion.at(), suggestion.entryText());
    }
}
