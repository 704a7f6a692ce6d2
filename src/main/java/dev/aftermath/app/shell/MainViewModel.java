package dev.aftermath.app.shell;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.Theme;
import dev.aftermath.app.history.EditHistory;
import dev.aftermath.app.history.ImportEdit;
import dev.aftermath.app.history.IncidentEdit;
import dev.aftermath.app.history.IncidentWriter;
import dev.aftermath.app.incidents.IncidentListViewModel;
import dev.aftermath.app.incidents.IncidentViewModel;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window: the incident list, the incident shown, the edit history and the commands of the menus. Edits
 * show at once and are saved in the background, one store transaction each.
 */
public final class MainViewModel {

    static final String NEW_TITLE = "Untitled incident";
    private static final String READY = "Ready";
    private static final String SAVED = "All changes saved";

    private final IncidentStore store;
    private final AppPreferences preferences;
    private final StatusViewModel status;
    private final EditHistory history = new EditHistory();
    private final IncidentListViewModel list = new IncidentListViewModel();
    private final IncidentViewModel incident;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    /** What the status bar says when the incident being opened is shown; set by a reload that has news. */
    private String doneOnOpening = READY;
    /** What the status bar says once an edit is saved; an import says what it imported instead. */
    private String doneOnSaving = SAVED;
    private boolean leaving;

    public MainViewModel(IncidentStore store, StatusViewModel status, AppPreferences preferences) {
        this.store = store;
        this.status = status;
        this.preferences = preferences;
        this.incident = new IncidentViewModel(history, new SavingWriter());
        theme.set(preferences.theme());
        theme.addListener((observable, old, chosen) -> preferences.setTheme(chosen));
        list.selectedProperty().addListener((observable, old, id) -> show(id));
    }

    /** Reads the incident list and selects the incident the user had open last time, else the newest. */
    public void load() {
        status.run("Opening workspace…", "Ready", "Could not read the workspace", progress -> store.list(),
                summaries -> {
                    list.setAll(summaries);
                    loaded.set(true);
                    UUID first = list.shown().isEmpty() ? null : list.shown().get(0).id();
                    list.selectedProperty().set(preferences.lastIncident().filter(list::contains).orElse(first));
                });
    }

    /** Reloads the list, for example after an import, and selects {@code id} when it is given. */
    public void reload(UUID select) {
        reload(select, READY);
    }

    /**
     * Like {@link #reload(UUID)}, and says {@code done} in the status bar once the selected incident is open (the
     * opening would otherwise end on "Ready" and hide the message).
     */
    public void reload(UUID select, String done) {
        status.run("Reading incidents…", done, "Could not read the workspace", progress -> store.list(),
                summaries -> {
                    list.setAll(summaries);
                    if (select != null) {
                        if (select.equals(list.selectedProperty().get())) {
                            list.selectedProperty().set(null);
                        }
                        doneOnOpening = done;
                        list.selectedProperty().set(select);
                        doneOnOpening = READY;
                    }
                });
    }

    private void show(UUID id) {
        Incident current = incident.incidentProperty().get();
        if (current != null && !current.id().equals(id)) {
            // Text still being typed belongs to the incident being left; saving it must not select it again.
            leaving = true;
            try {
                incident.commitPendingEdits();
            } finally {
                leaving = false;
            }
            current = incident.incidentProperty().get();
        }
        preferences.setLastIncident(id);
        if (id == null) {
            incident.incidentProperty().set(null);
            return;
        }
        if (current != null && current.id().equals(id)) {
            return;
        }
        status.run("Opening incident…", doneOnOpening, "Could not open the incident", progress -> store.find(id),
                found -> {
                    if (id.equals(list.selectedProperty().get())) {
                        incident.incidentProperty().set(found.orElse(null));
                    }
                });
    }

    /**
     * Makes a stored import one step of the history (Undo removes what it created and gives back what it changed)
     * and selects the first incident it stored; {@code done} is what the status bar says at the end, once the
     * incidents are saved and shown (they would otherwise end on "All changes saved" or "Ready").
     */
    public void imported(String description, List<Incident> stored, Map<UUID, Incident> replaced, String done) {
        if (stored.isEmpty()) {
            status.show(done);
            return;
        }
        doneOnSaving = done;
        doneOnOpening = done;
        try {
            history.perform(new ImportEdit(description, stored, replaced, new SavingWriter()));
            list.selectedProperty().set(stored.get(0).id());
        } finally {
            doneOnSaving = SAVED;
            doneOnOpening = READY;
        }
    }

    public void newIncident() {
        incident.commitPendingEdits();
        Incident created = Incident.create(NEW_TITLE, ZoneId.systemDefault());
        history.perform(IncidentEdit.create("New incident", created, new SavingWriter()));
    }

    public void deleteSelected() {
        incident.commitPendingEdits();
        Incident shown = incident.incidentProperty().get();
        if (shown != null) {
            history.perform(IncidentEdit.delete("Delete incident '" + shown.title() + "'", shown,
                    new SavingWriter()));
        }
    }

    /** Undoes the last edit; text still being typed is committed first, so that Undo takes back exactly that. */
    public void undo() {
        incident.commitPendingEdits();
        history.undo();
    }

    public void redo() {
        incident.commitPendingEdits();
        history.redo();
    }

    public EditHistory history() {
        return history;
    }

    public IncidentListViewModel list() {
        return list;
    }

    public IncidentViewModel incident() {
        return incident;
    }

    public StatusViewModel status() {
        return status;
    }

    /** False until the list has been read; the window shows no empty state before then. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Shows each edit at once (selecting the incident it touched) and saves it in the background. */
    private final class SavingWriter implements IncidentWriter {

        @Override
        public void write(Incident changed) {
            list.put(IncidentListViewModel.summaryOf(changed));
            incident.incidentProperty().set(changed);
            if (!leaving) {
                list.selectedProperty().set(changed.id());
            }
            status.run("Saving…", doneOnSaving, "Could not save the change", progress -> {
                store.save(changed);
                return null;
            }, saved -> { });
        }

        @Override
        public void remove(UUID id) {
            UUID selected = list.selectedProperty().get();
            UUID next = Objects.equals(selected, id) ? list.neighbourOf(id) : selected;
            list.remove(id);
            list.selectedProperty().set(next);
            status.run("Deleting…", "Incident deleted", "Could not delete the incident", progress -> {
                store.delete(id);
                return null;
            }, deleted -> { });
        }
    }
}
