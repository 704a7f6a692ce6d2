package dev.aftermath.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.incidents.EntryDraft;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.model.EntryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TransferViewModelTest extends WorkspaceTestBase {

    private Path exportedIncident() {
        main.newIncident();
        main.incident().rename("Checkout errors: cache failover");
        main.incident().addEntry(new EntryDraft(Instant.parse("2025-11-18T09:01:30Z"), EntryKind.IMPACT_STARTED,
                "Error rate above 8 %"));
        ExportChoice bundle = transfer.exportChoices().get(0);
        Path file = folder.resolve(transfer.suggestedFileName(bundle));
        transfer.exportShown(file, bundle);
        return file;
    }

    @Test
    void suggestsAFileNameFromTheTitle() {
        main.newIncident();
        main.incident().rename("Checkout errors: cache / failover");

        assertEquals("Checkout-errors-cache-failover.aftermath.json",
                transfer.suggestedFileName(transfer.exportChoices().get(0)));
    }

    @Test
    void offersEveryRegisteredFormatWithTheIncidentFileFirst() {
        List<String> offered = transfer.exportChoices().stream().map(ExportChoice::format).toList();

        assertEquals("json", offered.get(0));
        assertEquals(ExporterRegistry.standard().exporters().stream().map(exporter -> exporter.format())
                .sorted().toList(), offered.stream().sorted().toList());
        assertTrue(transfer.exportChoices().stream().anyMatch(choice -> choice.label().equals("Word document")));
    }

    @Test
    void theNextExportOffersTheLastFormatAndFolder() throws Exception {
        assertEquals("json", transfer.preferredExportChoice().format());
        assertTrue(transfer.exportFolder().isEmpty());
        main.newIncident();
        ExportChoice markdown = transfer.exportChoices().get(1);
        Path reports = Files.createDirectories(folder.resolve("reports"));

        transfer.exportShown(reports.resolve("review.md"), markdown);

        assertEquals(markdown, transfer.preferredExportChoice());
        assertEquals(reports.toAbsolutePath(), transfer.exportFolder().orElseThrow());
    }

    @Test
    void theNextImportOpensInTheFolderOfTheLastFilesChosen() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Path report = Files.writeString(inbox.resolve("notes.md"), "# Outage\n\nAt 09:12 UTC on 3 June 2025 the"
                + " checkout error rate started to rise.\n");

        transfer.importChosenFiles(List.of(report));

        assertEquals(inbox.toAbsolutePath(), transfer.importFolder().orElseThrow());
    }

    @Test
    void exportsTheShownIncidentAsMarkdown() throws Exception {
        main.newIncident();
        main.incident().rename("Search latency spike");
        ExportChoice markdown = transfer.exportChoices().get(1);
        Path file = folder.resolve(transfer.suggestedFileName(markdown));

        transfer.exportShown(file, markdown);

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals("Search-latency-spike.md", file.getFileName().toString());
        assertTrue(Files.readString(file).contains("Search latency spike"));
    }

    @Test
    void anExportedIncidentImportsIntoAnotherWorkspaceAndIsSelected() throws Exception {
        Path file = exportedIncident();
        UUID id = main.incident().incidentProperty().get().id();
        main.deleteSelected();

        transfer.importFiles(List.of(file));

        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(id, main.list().selectedProperty().get());
        assertEquals("Error rate above 8 %", store.find(id).orElseThrow().entries().get(0).text());
        assertTrue(Files.readString(file).contains("aftermath-incident"));
        assertEquals("Imported Checkout-errors-cache-failover.aftermath.json as 'Checkout errors: cache failover':"
                + " 1 entry", main.status().messageProperty().get());
    }

    @Test
    void importingAnIncidentThatExistsAsksAndReplacesWhenTheUserAgrees() {
        Path file = exportedIncident();
        UUID id = main.incident().incidentProperty().get().id();
        main.incident().rename("Renamed since the export");

        transfer.importFiles(List.of(file));

        assertEquals(1, dialogs.questions.size());
        assertTrue(dialogs.questions.get(0).contains("Renamed since the export"), dialogs.questions::toString);
        assertEquals("Checkout errors: cache failover", store.find(id).orElseThrow().title());
        assertEquals("Checkout errors: cache failover", main.incident().incidentProperty().get().title());
        assertEquals("Imported Checkout-errors-cache-failover.aftermath.json as 'Checkout errors: cache failover':"
                + " 1 entry, replacing the workspace's copy", main.status().messageProperty().get());
    }

    @Test
    void importingAnIncidentThatExistsKeepsItWhenTheUserDeclines() {
        Path file = exportedIncident();
        UUID id = main.incident().incidentProperty().get().id();
        main.incident().rename("Renamed since the export");
        dialogs.answer = false;

        transfer.importFiles(List.of(file));

        assertEquals("Renamed since the export", store.find(id).orElseThrow().title());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void aMalformedFileIsReportedByNameAndChangesNothing() throws Exception {
        Path broken = folder.resolve("broken.aftermath.json");
        Files.writeString(broken, "{ \"format\": \"aftermath-incident\", \"version\": 1,\n  \"incident\": { ");

        transfer.importFiles(List.of(broken));

        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("broken.aftermath.json"), dialogs.errors::toString);
        assertTrue(store.list().isEmpty());
    }
}
