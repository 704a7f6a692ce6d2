package dev.aftermath.app.importing;

import dev.aftermath.app.fx.AppPreferences;
import dev.aftermath.app.fx.Dialogs;
import dev.aftermath.app.shell.MainViewModel;
import dev.aftermath.app.shell.StatusViewModel;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.workspace.ExportService;
import dev.aftermath.workspace.ImportOutcome;
import dev.aftermath.workspace.ImportRequest;
import dev.aftermath.workspace.ImportService;
import dev.aftermath.workspace.ParsedImport;
import dev.aftermath.workspace.IncidentExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Importing (files from the menu or dropped, text pasted) and exporting the shown incident in any registered
 * format. An import is read in the background and then shown in the import preview; incident files, which hold
 * exactly what they will store, are stored at once.
 */
public final class TransferViewModel {

    static final String PASTED = "pasted text";
    static final String IMPORT_FOLDER = "import";
    static final String EXPORT_FOLDER = "export";
    static final String EXPORT_FORMAT = "export.format";
    private static final int WARNINGS_SHOWN = 15;

    private final ImportService imports;
    private final ExportService exports;
    private final List<ExportChoice> exportChoices;
    private final MainViewModel main;
    private final StatusViewModel status;
    private final Dialogs dialogs;
    private final PreviewOpener previews;
    private final AppPreferences preferences;

    public TransferViewModel(ImportService imports, ExportService exports, List<ExportChoice> exportChoices,
                             MainViewModel main, Dialogs dialogs, PreviewOpener previews,
                             AppPreferences preferences) {
        this.imports = imports;
        this.exports = exports;
        this.exportChoices = List.copyOf(exportChoices);
        this.main = main;
        this.status = main.status();
        this.dialogs = dialogs;
        this.previews = previews;
        this.preferences = preferences;
    }

    /** The folder the user last imported from, where the next file chooser opens. */
    public Optional<Path> importFolder() {
        return preferences.folder(IMPORT_FOLDER);
    }

    /** The folder the user last exported to. */
    public Optional<Path> exportFolder() {
        return preferences.folder(EXPORT_FOLDER);
    }

    /** The format the user exported to last time, else the incident file. */
    public ExportChoice preferredExportChoice() {
        String last = preferences.choice(EXPORT_FORMAT, "");
        return exportChoices.stream().filter(choice -> choice.format().equals(last)).findFirst()
                .orElse(exportChoices.get(0));
    }

    /** Imports files the user chose in the file chooser, which opens in their folder next time. */
    public void importChosenFiles(List<Path> files) {
        if (!files.isEmpty() && files.get(0).toAbsolutePath().getParent() != null) {
            preferences.setFolder(IMPORT_FOLDER, files.get(0).toAbsolutePath().getParent());
        }
        importFiles(files);
    }

    public void importFiles(List<Path> files) {
        if (!files.isEmpty()) {
            read(files.stream().map(Source::of).toList());
        }
    }

    /** Imports text the user pasted: a copied status page or a written report. */
    public void importText(String text) {
        if (text == null || text.isBlank()) {
            status.show("Nothing to import: the clipboard holds no text or files");
        } else {
            read(List.of(Source.ofText(PASTED, text)));
        }
    }

    private void read(List<Source> sources) {
        String names = names(sources);
        status.runCancellable("Reading " + names + "…", "Read " + names, "Could not import " + names,
                progress -> PreviewContent.of(imports.parse(sources, ImportRequest.DEFAULT, progress)),
                content -> {
                    if (content.parsed().onlyBundles()) {
                        store(content.parsed(), ImportRequest.DEFAULT, names);
                    } else {
                        previews.open(new ImportPreviewViewModel(imports, status, dialogs, sources, content,
                                main.list().selectedSummary(),
                                (outcome, into) -> main.imported("Import " + names, outcome.stored(),
                                        outcome.replaced(), ImportedMessage.of(names, outcome, into))));
                    }
                },
                error -> false);
    }

    private static String names(List<Source> sources) {
        return sources.stream().map(Source::name).collect(Collectors.joining(", "));
    }

    private void store(ParsedImport parsed, ImportRequest request, String names) {
        status.runCancellable("Importing " + names + "…", "Imported " + names, "Could not import " + names,
                progress -> imports.store(parsed, request, progress),
                outcome -> imported(names, outcome),
                error -> askToReplace(error, parsed, request, names));
    }

    private boolean askToReplace(Throwable error, ParsedImport parsed, ImportRequest request, String names) {
        if (!(error instanceof IncidentExistsException exists)) {
            return false;
        }
        String title = main.list().titleOf(exists.id());
        if (dialogs.confirm("Replace incident?", "The workspace already holds '" + title + "', the incident this"
                + " file carries. Replace it with the file's version? Its current contents will be lost.",
                "Replace")) {
            store(parsed, request.withReplace(true), names);
        } else {
            status.show("Import cancelled; '" + title + "' was kept");
        }
        return true;
    }

    private void imported(String names, ImportOutcome outcome) {
        main.imported("Import " + names, outcome.stored(), outcome.replaced(),
                ImportedMessage.of(names, outcome, null));
        List<ImportWarning> warnings = outcome.warnings();
        if (!warnings.isEmpty()) {
            String listed = warnings.stream().limit(WARNINGS_SHOWN).map(ImportWarning::toString)
                    .collect(Collectors.joining("\n"));
            String more = warnings.size() > WARNINGS_SHOWN
                    ? "\n… and " + (warnings.size() - WARNINGS_SHOWN) + " more." : "";
            dialogs.inform("Imported with warnings", "Some lines were skipped or read with doubt:\n\n"
                    + listed + more);
        }
    }

    /** The formats offered, the lossless incident file first. */
    public List<ExportChoice> exportChoices() {
        return exportChoices;
    }

    /** A file name for exporting the shown incident: its title, made safe for file systems. */
    public String suggestedFileName(ExportChoice choice) {
        Incident shown = main.incident().incidentProperty().get();
        String base = shown == null ? "incident" : shown.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "-")
                .replaceAll("^-+|-+$", "");
        return choice.fileName(base.isEmpty() ? "incident" : base);
    }

    public void exportShown(Path out, ExportChoice choice) {
        Incident shown = main.incident().incidentProperty().get();
        if (shown == null) {
            return;
        }
        if (out.toAbsolutePath().getParent() != null) {
            preferences.setFolder(EXPORT_FOLDER, out.toAbsolutePath().getParent());
        }
        preferences.setChoice(EXPORT_FORMAT, choice.format());
        status.runCancellable("Exporting " + out.getFileName() + "…", "Exported to " + out,
                "Could not export '" + shown.title() + "'",
                progress -> {
                    exports.export(shown.id(), choice.format(), out, progress);
                    return null;
                }, done -> { }, error -> false);
    }
}
