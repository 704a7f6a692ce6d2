package dev.aftermath.app.incidents;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentSummary;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The incident list: every summary, filtered by the search text, newest start first, and which one is selected.
 * Each start shows in its incident's zone; the order is by instant, whatever the zones.
 */
public final class IncidentListViewModel {

    /** Newest start first; an incident with no start yet is new, so it comes before all others. */
    static final Comparator<IncidentSummary> NEWEST_FIRST = Comparator
            .comparing(IncidentSummary::start, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
            .thenComparing(summary -> summary.title().toLowerCase(Locale.ROOT));

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

    private final ObservableList<IncidentSummary> all = FXCollections.observableArrayList();
    private final FilteredList<IncidentSummary> filtered = new FilteredList<>(all);
    private final SortedList<IncidentSummary> shown = new SortedList<>(filtered, NEWEST_FIRST);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<UUID> selected = new SimpleObjectProperty<>();
    private final BooleanBinding empty = Bindings.isEmpty(all);

    public IncidentListViewModel() {
        search.addListener((observable, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? null
                    : summary -> summary.title().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    public static IncidentSummary summaryOf(Incident incident) {
        return new IncidentSummary(incident.id(), incident.title(), IncidentMilestones.start(incident).orElse(null),
                incident.zone(), incident.severity(), incident.status(), Instant.now());
    }

    /** What the list shows: filtered and sorted. */
    public ObservableList<IncidentSummary> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    /** True when the workspace holds no incident at all (not merely none matching the search). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public void setAll(List<IncidentSummary> summaries) {
        all.setAll(summaries);
    }

    public boolean contains(UUID id) {
        return all.stream().anyMatch(summary -> summary.id().equals(id));
    }

    /** The selected incident's line, or null when none is selected. */
    public IncidentSummary selectedSummary() {
        UUID id = selected.get();
        return id == null ? null : all.stream().filter(summary -> summary.id().equals(id)).findFirst().orElse(null);
    }

    /** The title of a listed incident, or its id when it is not listed. */
    public String titleOf(UUID id) {
        return all.stream().filter(summary -> summary.id().equals(id)).map(IncidentSummary::title).findFirst()
                .orElse(id.toString());
    }

    public void put(IncidentSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(summary.id())) {
                all.set(i, summary);
                return;
            }
        }
        all.add(summary);
    }

    public void remove(UUID id) {
        all.removeIf(summary -> summary.id().equals(id));
    }

    /** The id shown after {@code id} (or before it, at the end), for keeping a selection after a delete. */
    public UUID neighbourOf(UUID id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                int next = i + 1 < shown.size() ? i + 1 : i - 1;
                return next >= 0 ? shown.get(next).id() : null;
            }
        }
        return null;
    }

    /** {@code 2025-10-14 15:18 CEST}: the start in the incident's own zone, as its timeline and report show it. */
    public static String startText(IncidentSummary summary) {
        return summary.start() == null ? "No entries yet" : START.format(summary.start().atZone(summary.zone()));
    }
}
