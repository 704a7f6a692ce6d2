package dev.aftermath.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.bundle.BundleImporter;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.Severity;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.testing.SampleIncidents;
import dev.aftermath.work.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path folder;

    private IncidentStore store;
    private FakeImporter fake;
    private ImportService service;

    @BeforeEach
    void openStore() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        fake = new FakeImporter();
        service = new ImportService(store, new ImporterRegistry(List.of(new BundleImporter(), fake)));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aBundleKeepsItsIdAndTheSourcesOfItsEntries() throws IOException {
        Incident incident = SampleIncidents.everyField();

        ImportOutcome outcome = importing(List.of(bundle("a.aftermath.json", incident)), ImportRequest.DEFAULT);

        assertEquals(List.of(incident.id()), outcome.incidentIds());
        assertEquals(incident, store.find(incident.id()).orElseThrow());
        assertTrue(store.find(incident.id()).orElseThrow().entries().stream()
                .anyMatch(entry -> entry.source() == EntrySource.STATUS_PAGE));
    }

    @Test
    void aBundleWhoseIdExistsIsRefusedWithTheIdAndChangesNothing() throws IOException {
        Incident stored = SampleIncidents.everyField();
        store.save(stored);
        Source renamed = bundle("b.aftermath.json", stored.withTitle("Renamed"));

        IncidentExistsException error = assertThrows(IncidentExistsException.class,
                () -> importing(List.of(renamed), ImportRequest.DEFAULT));

        assertEquals(stored.id(), error.id());
        assertEquals("b.aftermath.json: incident " + stored.id() + " already exists; use --replace to overwrite it",
                error.getMessage());
        assertEquals("b.aftermath.json", error.file());
        assertEquals(stored.title(), store.find(stored.id()).orElseThrow().title());
    }

    @Test
    void theRefusalNamesTheFileThatHoldsTheExistingIncident() throws IOException {
        Incident stored = SampleIncidents.everyField();
        store.save(stored);
        Incident fresh = Incident.create("Fresh", Incident.UTC);
        List<Source> bundles = List.of(bundle("fresh.aftermath.json", fresh), bundle("old.aftermath.json", stored));

        IncidentExistsException error = assertThrows(IncidentExistsException.class,
                () -> importing(bundles, ImportRequest.DEFAULT));

        assertEquals("old.aftermath.json", error.file());
        assertTrue(store.find(fresh.id()).isEmpty());
    }

    @Test
    void replaceOverwritesAnIncidentWithTheSameId() throws IOException {
        Incident stored = SampleIncidents.everyField();
        store.save(stored);

        importing(List.of(bundle("b.aftermath.json", stored.withTitle("Renamed"))),
                ImportRequest.DEFAULT.withReplace(true));

        assertEquals("Renamed", store.find(stored.id()).orElseThrow().title());
    }

    @Test
    void aSourceThatFailsStoresNothingFromTheOthers() throws IOException {
        Source good = bundle("good.aftermath.json", SampleIncidents.everyField());
        fake.failing("bad.csv", new ImportException("bad.csv", 3, 7, "not a number"));

        ImportException error = assertThrows(ImportException.class,
                () -> importing(List.of(good, Source.ofText("bad.csv", "")), ImportRequest.DEFAULT));

        assertEquals("bad.csv:3:7: not a number", error.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void sourcesOfOneIncidentEachMergeIntoOneNewIncidentNamedAfterTheFirstFile() {
        fake.returning("status-export.json", found("", List.of(entry("posted", "2025-10-26T01:40:00Z")),
                List.of("checkout")));
        fake.returning("latency.csv", found("", List.of(entry("spike", "2025-10-26T01:02:00Z")),
                List.of("checkout", "cache")));

        ImportOutcome outcome = importing(
                List.of(Source.ofText("status-export.json", ""), Source.ofText("latency.csv", "")),
                ImportRequest.DEFAULT);

        assertEquals(1, outcome.incidentIds().size());
        Incident created = store.find(outcome.incidentIds().get(0)).orElseThrow();
        assertEquals("status-export", created.title());
        assertEquals(List.of("checkout", "cache"), created.affected());
        assertEquals(List.of("spike", "posted"), created.entries().stream().map(TimelineEntry::text).toList());
        assertEquals(Incident.UTC, created.zone());
    }

    @Test
    void theRequestedTitleAndZoneWinOverTheImports() {
        fake.returning("feed.xml", found("Title from the feed", List.of(), List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("feed.xml", "")),
                new ImportRequest(null, "My title", ZoneId.of("Asia/Tokyo"), null, false));

        Incident created = store.find(outcome.incidentIds().get(0)).orElseThrow();
        assertEquals("My title", created.title());
        assertEquals(ZoneId.of("Asia/Tokyo"), created.zone());
    }

    @Test
    void theImportsTitleAndZoneWinOverTheFileName() {
        fake.returning("feed.xml", found("Title from the feed", List.of(), List.of())
                .withZone(ZoneId.of("America/Chicago")));

        ImportOutcome outcome = importing(List.of(Source.ofText("feed.xml", "")), ImportRequest.DEFAULT);

        Incident created = store.find(outcome.incidentIds().get(0)).orElseThrow();
        assertEquals("Title from the feed", created.title());
        assertEquals(ZoneId.of("America/Chicago"), created.zone());
    }

    @Test
    void aSourceWithSeveralIncidentsMakesOneNewIncidentEach() {
        Incident first = found("First outage", List.of(entry("one", "2025-10-01T10:00:00Z")), List.of());
        Incident second = found("", List.of(entry("two", "2025-10-02T10:00:00Z")), List.of());
        fake.returning("history.json", new ImportResult(List.of(first, second), false, List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("history.json", "")), ImportRequest.DEFAULT);

        assertEquals(List.of(first.id(), second.id()), outcome.incidentIds());
        assertEquals("First outage", store.find(first.id()).orElseThrow().title());
        assertEquals("history", store.find(second.id()).orElseThrow().title());
    }

    @Test
    void intoMergesWithoutOverwritingWhatTheUserWrote() {
        Incident target = Incident.create("Checkout outage", ZoneId.of("Europe/Paris"))
                .withSeverity(Severity.SEV1)
                .withAffected(List.of("checkout"))
                .withEntries(List.of(entry("written", "2025-10-26T01:00:00Z")))
                .withRca(new RcaDocument("Our summary", "", "", List.of(), List.of(), List.of(), List.of(),
                        List.of("Lesson one"), List.of()));
        store.save(target);
        MetricSeries latency = new MetricSeries(UUID.randomUUID(), "p99", "ms", new long[] {1L}, new double[] {2.0});
        Incident found = found("Ignored title", List.of(entry("imported", "2025-10-26T01:05:00Z")),
                List.of("checkout", "payments"))
                .withSeverity(Severity.SEV3)
                .withSeries(List.of(latency))
                .withRca(new RcaDocument("Their summary", "Their impact", "", List.of(), List.of(), List.of(),
                        List.of(), List.of("Lesson one", "Lesson two"), List.of(ActionItem.open("Fix it"))));
        fake.returning("report.md", new ImportResult(List.of(found), false, List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("report.md", "")),
                new ImportRequest(target.id(), null, null, null, false));

        assertEquals(List.of(target.id()), outcome.incidentIds());
        Incident merged = store.find(target.id()).orElseThrow();
        assertEquals("Checkout outage", merged.title());
        assertEquals(Severity.SEV1, merged.severity());
        assertEquals(List.of("checkout", "payments"), merged.affected());
        assertEquals(List.of("written", "imported"), merged.entries().stream().map(TimelineEntry::text).toList());
        assertEquals(List.of(latency), merged.series());
        assertEquals("Our summary", merged.rca().summary());
        assertEquals("Their impact", merged.rca().impact());
        assertEquals(List.of("Lesson one", "Lesson two"), merged.rca().lessons());
        assertEquals(1, merged.rca().actionItems().size());
        assertEquals(1, store.list().size());
    }

    @Test
    void importingTheSameEntriesTwiceIntoAnIncidentAddsThemOnce() {
        Incident target = Incident.create("Outage", null);
        store.save(target);
        fake.returning("report.md", new ImportResult(
                List.of(found("", List.of(entry("once", "2025-10-26T01:05:00Z")), List.of())), false, List.of()));
        ImportRequest into = new ImportRequest(target.id(), null, null, null, false);

        importing(List.of(Source.ofText("report.md", "")), into);
        importing(List.of(Source.ofText("report.md", "")), into);

        assertEquals(1, store.find(target.id()).orElseThrow().entries().size());
    }

    @Test
    void intoAnUnknownIncidentIsRefused() {
        UUID unknown = UUID.randomUUID();
        fake.returning("report.md", new ImportResult(List.of(found("", List.of(), List.of())), false, List.of()));

        UnknownIncidentException error = assertThrows(UnknownIncidentException.class,
                () -> importing(List.of(Source.ofText("report.md", "")),
                        new ImportRequest(unknown, null, null, null, false)));

        assertEquals("no incident " + unknown + " in this workspace", error.getMessage());
    }

    @Test
    void warningsOfEverySourceArePassedOn() {
        ImportWarning warning = new ImportWarning("latency.csv", 12, "no timestamp; row skipped");
        fake.returning("latency.csv", new ImportResult(List.of(found("", List.of(), List.of())), false,
                List.of(warning)));

        ImportOutcome outcome = importing(List.of(Source.ofText("latency.csv", "")), ImportRequest.DEFAULT);

        assertEquals(List.of(warning), outcome.warnings());
        assertEquals("latency.csv:12: no timestamp; row skipped", outcome.warnings().get(0).toString());
    }

    @Test
    void aGivenFormatSkipsDetection() {
        fake.returning("odd.name", new ImportResult(List.of(found("", List.of(), List.of())), false, List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("odd.name", "")),
                new ImportRequest(null, null, null, "fake", false));

        assertEquals(1, outcome.incidentIds().size());
    }

    @Test
    void theSameBundleIdTwiceInOneImportIsRefused() throws IOException {
        Incident incident = SampleIncidents.everyField();

        ImportException error = assertThrows(ImportException.class, () -> importing(
                List.of(bundle("a.aftermath.json", incident), bundle("b.aftermath.json", incident)),
                ImportRequest.DEFAULT));

        assertTrue(error.getMessage().startsWith("b.aftermath.json: holds incident " + incident.id()),
                error.getMessage());
        assertEquals(List.of(), store.list());
    }

    @Test
    void parsingStoresNothingAndStoringAnEditedPlanStoresExactlyThat() {
        fake.returning("report.md", found("Outage", List.of(entry("paged", "2025-10-26T01:05:00Z"),
                entry("noise", "2025-10-26T01:06:00Z")), List.of()));

        ParsedImport parsed = service.parse(List.of(Source.ofText("report.md", "")), ImportRequest.DEFAULT,
                Progress.NONE);
        assertEquals(List.of(), store.list());
        Incident planned = parsed.incidents().get(0);
        Incident edited = planned.withEntries(List.of(planned.entries().get(0).withKind(EntryKind.DETECTED)));
        ImportOutcome outcome = service.store(parsed.withIncidents(List.of(edited)), ImportRequest.DEFAULT,
                Progress.NONE);

        assertEquals(edited, store.find(outcome.incidentIds().get(0)).orElseThrow());
        assertEquals("fake", parsed.sources().get(0).format());
    }

    @Test
    void filesOfOneIncidentEachStayApartWhenTheirTimesAreDaysApart() {
        fake.returning("monday.md", found("Monday", List.of(entry("a", "2025-10-20T09:00:00Z")), List.of()));
        fake.returning("friday.md", found("Friday", List.of(entry("b", "2025-10-24T09:00:00Z")), List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("monday.md", ""), Source.ofText("friday.md", "")),
                ImportRequest.DEFAULT);

        assertEquals(List.of("Monday", "Friday"), outcome.incidentIds().stream()
                .map(id -> store.find(id).orElseThrow().title()).toList());
    }

    @Test
    void filesWithinTwoHoursOfEachOtherAreOneIncidentTitledByTheFirstThatHasATitle() {
        MetricSeries latency = new MetricSeries(UUID.randomUUID(), "p99", "ms",
                new long[] {Instant.parse("2025-10-20T07:30:00Z").toEpochMilli()}, new double[] {2.0});
        fake.returning("latency.csv", found("", List.of(), List.of()).withSeries(List.of(latency)));
        fake.returning("report.md", found("Checkout outage", List.of(entry("a", "2025-10-20T09:00:00Z")),
                List.of()));
        fake.returning("notes.md", found("", List.of(), List.of("checkout")));

        ImportOutcome outcome = importing(List.of(Source.ofText("latency.csv", ""), Source.ofText("report.md", ""),
                Source.ofText("notes.md", "")), ImportRequest.DEFAULT);

        assertEquals(1, outcome.incidentIds().size());
        Incident created = store.find(outcome.incidentIds().get(0)).orElseThrow();
        assertEquals("Checkout outage", created.title());
        assertEquals(List.of(latency), created.series());
        assertEquals(List.of("checkout"), created.affected(), "a file without times joins the one incident");
    }

    @Test
    void autoDetectsTheFormat() {
        fake.returning("odd.name", found("", List.of(), List.of()));

        ImportOutcome outcome = importing(List.of(Source.ofText("odd.name", "")),
                new ImportRequest(null, null, null, ImporterRegistry.AUTO, false));

        assertEquals(1, outcome.incidentIds().size());
    }

    private ImportOutcome importing(List<Source> sources, ImportRequest request) {
        return service.importSources(sources, request, Progress.NONE);
    }

    private static Source bundle(String name, Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleWriter().write(incident, out);
        return Source.ofText(name, out.toString(StandardCharsets.UTF_8));
    }

    private static Incident found(String title, List<TimelineEntry> entries, List<String> affected) {
        return new Incident(UUID.randomUUID(), title, null, null, null, affected, entries, List.of(), null, null);
    }

    private static TimelineEntry entry(String text, String at) {
        return new TimelineEntry(SampleIncidents.id(text), Instant.parse(at), null, EntryKind.NOTE, text,
                EntrySource.REPORT, null, null, false, false);
    }
}
