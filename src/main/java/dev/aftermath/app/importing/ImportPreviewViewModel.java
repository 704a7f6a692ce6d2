package dev.aftermath.app.importing;

import dev.aftermath.app.fx.Dialogs;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentSummary;
import dev.aftermath.workspace.ImportFormat;
import dev.aftermath.workspace.ImportOutcome;
import dev.aftermath.workspace.ImportRequest;
import dev.aftermath.workspace.ImportService;
import dev.aftermath.workspace.IncidentExistsException;
import dev.aftermath.workspace.ParsedImport;
import dev.aftermath.workspace.ReadSource;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import preview: what the files hold, read but not stored. The user may read a file in another format or
 * the times in another zone (both read again in the background), change entries' kinds, leave entries or whole
 * incidents out, and choose to create new incidents or add everything to the selected one. Import stores exactly
 * what the preview shows, in one transaction; Cancel stores nothing.
 */
public final class ImportPreviewViewModel {

    /** Where the import goes. */
    public enum Destination { NEW_INCIDENT, SELECTED_INCIDENT }

    private final ImportService imports;
    private final StatusViewModel status;
    private final Dialogs dialogs;
    private final List<Source> sources;
    private final IncidentSummary selected;
    private final BiConsumer<ImportOutcome, UUID> onStored;
    private final ObservableList<PreviewFile> files = FXCollections.observableArrayList();
    private final ObservableList<PlannedIncident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<PlannedIncident> shown = new SimpleObjectProperty<>();
    private final ObservableList<ImportWarning> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(Destination.NEW_INCIDENT);
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(Incident.UTC);
    private final ReadOnlyStringWrapper zoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper nothingChosen = new ReadOnlyBooleanWrapper(false);
    private ParsedImport parsed;
    private ZoneId requestedZone;
    private int generation;

    /**
     * @param selected the incident selected in the main window, or null
     * @param onStored told what was stored and the incident it went into (null for new incidents), after the
     *                 preview closed
     */
    public ImportPreviewViewModel(ImportService imports, StatusViewModel status, Dialogs dialogs,
                                  List<Source> sources, PreviewContent content, IncidentSummary selected,
                                  BiConsumer<ImportOutcome, UUID> onStored) {
        this.imports = imports;
        this.status = status;
        this.dialogs = dialogs;
        this.sources = List.copyOf(sources);
        this.selected = selected;
        this.onStored = onStored;
        show(content);
        boolean onlyMetricsOrReview = content.parsed().incidents().stream()
                .allMatch(incident -> incident.entries().isEmpty());
        if (selected != null && onlyMetricsOrReview) {
            destination.set(Destination.SELECTED_INCIDENT);
        }
    }

    private void show(PreviewContent content) {
        int shownIndex = Math.max(0, incidents.indexOf(shown.get()));
        parsed = content.parsed();
        List<PlannedIncident> planned = new ArrayList<>();
        for (Incident incident : parsed.incidents()) {
            PlannedIncident each = PlannedIncident.of(incident, content.sparklines(), incident.zone());
            // Reading again (another zone or format) keeps what the user changed in entries read the same way.
            each.keepChoices(incidents);
            each.includedProperty().addListener((observable, was, now) -> updateNothingChosen());
            planned.add(each);
        }
        incidents.setAll(planned);
        shown.set(incidents.get(Math.min(shownIndex, incidents.size() - 1)));
        files.setAll(parsed.sources().stream().map(read -> new PreviewFile(read.name(), format(read))).toList());
        warnings.setAll(parsed.warnings());
        if (requestedZone == null) {
            zone.set(parsed.incidents().get(0).zone());
        }
        summary.set(PreviewSummary.of(files.size(), incidents, warnings.size()));
        updateNothingChosen();
    }

    private ImportFormat format(ReadSource read) {
        return formats().stream().filter(format -> format.id().equals(read.format())).findFirst()
                .orElse(new ImportFormat(read.format(), read.format()));
    }

    private void updateNothingChosen() {
        nothingChosen.set(incidents.stream().noneMatch(incident -> incident.includedProperty().get()));
    }

    /** Reads {@code file} again in {@code format}; on failure the file keeps its format and the error is shown. */
    public void changeFormat(PreviewFile file, ImportFormat format) {
        int index = files.indexOf(file);
        if (index < 0 || format == null || format.equals(file.formatProperty().get())) {
            return;
        }
        file.setFormat(format);
        readAgain(index);
    }

    /** Reads every file again with times written without a zone taken in {@code zoneId}; also the incident's zone. */
    public void changeZone(String zoneId) {
        ZoneId chosen;
        try {
            chosen = zoneId == null || zoneId.isBlank() ? null : ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            zoneError.set("'" + zoneId.strip() + "' is not a time zone; use an IANA id such as Europe/Paris");
            return;
        }
        zoneError.set("");
        if (chosen == null || chosen.equals(zone.get())) {
            return;
        }
        requestedZone = chosen;
        zone.set(chosen);
        readAgain(-1);
    }

    /** @param only the index of the one file to read again, or -1 for all */
    private void readAgain(int only) {
        int run = ++generation;
        List<ReadSource> before = parsed.sources();
        List<String> chosen = files.stream().map(file -> file.formatProperty().get().id()).toList();
        ImportRequest request = request();
        String names = names();
        busy.set(true);
        status.runCancellable("Reading " + names + "…", "Read " + names, "Could not read " + names,
                progress -> {
                    List<ReadSource> reads = new ArrayList<>(before);
                    for (int index = 0; index < sources.size(); index++) {
                        if (only < 0 || only == index) {
                            reads.set(index, imports.read(sources.get(index), chosen.get(index), request, progress));
                        }
                    }
                    return PreviewContent.of(imports.plan(reads, request));
                },
                content -> {
                    if (run == generation) {
                        show(content);
                    }
                },
                error -> {
                    if (run == generation) {
                        files.forEach(file -> file.setFormat(format(before.get(files.indexOf(file)))));
                    }
                    return false;
                },
                () -> {
                    if (run == generation) {
                        busy.set(false);
                    }
                });
    }

    public void changeKind(PreviewEntry entry, EntryKind kind) {
        entry.kindProperty().set(kind);
    }

    /** Stores what the preview shows; the preview closes once it is stored. */
    public void confirm() {
        if (busy.get() || nothingChosen.get()
                || destination.get() == Destination.SELECTED_INCIDENT && selected == null) {
            return;
        }
        List<Incident> chosen = incidents.stream().filter(incident -> incident.includedProperty().get())
                .map(PlannedIncident::edited).toList();
        store(parsed.withIncidents(chosen), request());
    }

    private void store(ParsedImport edited, ImportRequest request) {
        String names = names();
        busy.set(true);
        status.runCancellable("Importing " + names + "…", "Imported " + names, "Could not import " + names,
                progress -> imports.store(edited, request, progress),
                outcome -> {
                    closed.set(true);
                    onStored.accept(outcome, request.into());
                },
                error -> askToReplace(error, edited, request),
                () -> busy.set(false));
    }

    private boolean askToReplace(Throwable error, ParsedImport edited, ImportRequest request) {
        if (!(error instanceof IncidentExistsException exists)) {
            return false;
        }
        String title = edited.incidents().stream().filter(incident -> incident.id().equals(exists.id()))
                .map(Incident::title).findFirst().orElse("");
        if (dialogs.confirm("Replace incident?", "The workspace already holds the incident '" + title + "' that an"
                + " incident file carries. Replace it with the file's version? Its current contents will be lost.",
                "Replace")) {
            store(edited, request.withReplace(true));
        }
        return true;
    }

    /** Closes the preview and stores nothing; reading in progress is stopped. */
    public void cancel() {
        if (busy.get()) {
            status.cancel();
        }
        generation++;
        closed.set(true);
    }

    private ImportRequest request() {
        boolean into = destination.get() == Destination.SELECTED_INCIDENT && selected != null;
        return new ImportRequest(into ? selected.id() : null, null, requestedZone, null, false);
    }

    private String names() {
        return String.join(", ", files.stream().map(PreviewFile::name).toList());
    }

    public List<ImportFormat> formats() {
        return imports.formats();
    }

    public ObservableList<PreviewFile> files() {
        return files;
    }

    public ObservableList<PlannedIncident> incidents() {
        return incidents;
    }

    /** The incident whose entries, series and review the preview shows. */
    public ObjectProperty<PlannedIncident> shownProperty() {
        return shown;
    }

    public ObservableList<ImportWarning> warnings() {
        return warnings;
    }

    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    /** The title of the incident selected in the main window, or null when none is. */
    public String selectedTitle() {
        return selected == null ? null : selected.title();
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty zoneErrorProperty() {
        return zoneError.getReadOnlyProperty();
    }

    /** "2 files · 1 incident · 14 entries · 2 series · 3 warnings". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How far reading or storing got (0..1), or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return status.progressProperty();
    }

    /** True while reading again or storing. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when every incident is left out: there is nothing to import. */
    public ReadOnlyBooleanProperty nothingChosenProperty() {
        return nothingChosen.getReadOnlyProperty();
    }

    /** True once the import was stored or cancelled: the preview's window closes. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
