package dev.aftermath.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.store.IncidentSummary;
import dev.aftermath.store.StoreException;
import dev.aftermath.testing.SampleIncidents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class SqliteIncidentStoreTest {

    @TempDir
    Path folder;

    @Test
    void roundTripsEveryFieldThroughAReopenedFile() {
        Incident original = SampleIncidents.everyField();
        Path file = folder.resolve("workspace.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(original);
        }
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertEquals(original, store.find(original.id()).orElseThrow());
        }
    }

    @Test
    void migratesAVersionOneWorkspaceAndKeepsItsEntries() throws Exception {
        Path file = folder.resolve("v1.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO incident (id, title, review_status, zone, updated_at)
                    VALUES ('00000000-0000-0000-0000-000000000001', 'Old', 'DRAFT', 'UTC', 0)""");
            statement.executeUpdate("""
                    INSERT INTO timeline_entry (incident_id, id, at, kind, text, source, provenance_file,
                        provenance_line, approximate, pinned)
                    VALUES ('00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', 0,
                        'NOTE', 'Written before doubts were kept', 'REPORT', 'old.md', 4, 0, 0)""");
        }

        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            Incident old = store.find(UUID.fromString("00000000-0000-0000-0000-000000000001")).orElseThrow();
            assertEquals("old.md:4", old.entries().get(0).provenance().describe());
            assertEquals(null, old.entries().get(0).provenance().doubt());
        }
        assertEquals(WorkspaceSchema.CURRENT_VERSION, WorkspaceSchema.appliedVersion(file));
    }

    @Test
    void createsTheWorkspaceAndItsFolderOnFirstUse() {
        Path file = folder.resolve("nested/deeper/workspace.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertTrue(store.list().isEmpty());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void migratesAnEmptyFile() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.db"));
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(Incident.create("First", ZoneOffset.UTC));
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void migratesASecondVersionWorkspaceKeepingItsSeriesAndLettingThemCarryAThreshold() throws Exception {
        Path file = folder.resolve("v2.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("2").load().migrate();
        UUID id = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO incident (id, title, review_status, zone, updated_at) VALUES ('"
                    + id + "', 'Old', 'DRAFT', 'UTC', 0)");
            statement.executeUpdate("INSERT INTO metric_series (incident_id, id, position, name, unit, point_count)"
                    + " VALUES ('" + id + "', '" + UUID.randomUUID() + "', 0, 'p99', 'ms', 0)");
        }

        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            Incident migrated = store.find(id).orElseThrow();
            assertEquals("p99", migrated.series().get(0).name());
            assertEquals(null, migrated.series().get(0).threshold());
            store.save(migrated.mapSeries(migrated.series().get(0).id(), series -> series.withThreshold(250.0)));
        }
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertEquals(250.0, store.find(id).orElseThrow().series().get(0).threshold());
        }
    }

    @Test
    void refusesAndLeavesUntouchedAWorkspaceFromANewerVersion() throws Exception {
        Path file = folder.resolve("workspace.db");
        SqliteIncidentStore.open(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,
                        checksum, installed_by, installed_on, execution_time, success)
                    VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test',
                        CURRENT_TIMESTAMP, 1, 1)""");
        }
        byte[] before = Files.readAllBytes(file);

        StoreException refusal = assertThrows(StoreException.class, () -> SqliteIncidentStore.open(file));

        assertTrue(refusal.getMessage().contains("newer version of Aftermath"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("99"), refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesAFileThatIsNotADatabaseWithoutChangingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.db"), "shopping list\n");

        StoreException refusal = assertThrows(StoreException.class, () -> SqliteIncidentStore.open(file));

        assertTrue(refusal.getMessage().contains("not an Aftermath workspace"), refusal.getMessage());
        assertEquals("shopping list\n", Files.readString(file));
    }

    @Test
    void refusesAForeignSqliteDatabase() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }

        StoreException refusal = assertThrows(StoreException.class, () -> SqliteIncidentStore.open(file));

        assertTrue(refusal.getMessage().contains("cannot be used as an Aftermath workspace"), refusal.getMessage());
    }

    @Test
    void listsMostRecentStartFirstAndNewIncidentsOnTop() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(folder.resolve("w.db"))) {
            Incident older = Incident.create("Older", ZoneId.of("Europe/Dublin")).withEntries(List.of(
                    SampleIncidents.entry("a", "2024-01-01T10:00:00Z", EntryKind.DETECTED, "a")));
            Incident newer = Incident.create("Newer", ZoneOffset.UTC).withEntries(List.of(
                    SampleIncidents.entry("b", "2025-01-01T10:00:00Z", EntryKind.DETECTED, "b")));
            Incident blank = Incident.create("Blank", ZoneOffset.UTC);
            store.saveAll(List.of(older, newer, blank));

            List<IncidentSummary> list = store.list();

            assertEquals(List.of("Blank", "Newer", "Older"), list.stream().map(IncidentSummary::title).toList());
            assertEquals(Instant.parse("2025-01-01T10:00:00Z"), list.get(1).start());
            assertEquals(ZoneId.of("Europe/Dublin"), list.get(2).zone(), "each line carries its incident's zone");
        }
    }

    @Test
    void savingAgainReplacesEntriesAndKeepsUnchangedSeries() {
        Incident original = SampleIncidents.everyField();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(folder.resolve("w.db"))) {
            store.save(original);
            MetricSeries renamed = original.series().get(0).withName("checkout p99 (edge)");
            Incident edited = original.withTitle("Renamed").withStatus(ReviewStatus.PUBLISHED)
                    .withoutEntry(SampleIncidents.id("alarm")).withSeries(List.of(renamed));

            store.save(edited);

            Incident reread = store.find(original.id()).orElseThrow();
            assertEquals(edited, reread);
            assertEquals(original.entries().size() - 1, reread.entries().size());
        }
    }

    @Test
    void droppingASeriesDeletesItsPoints() throws Exception {
        Incident original = SampleIncidents.everyField();
        Path file = folder.resolve("w.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(original);
            store.save(original.withSeries(List.of()));
        }
        assertEquals(0, count(file, "SELECT COUNT(*) FROM metric_chunk"));
    }

    @Test
    void deletingAnIncidentRemovesEverythingItOwned() throws Exception {
        Incident original = SampleIncidents.everyField();
        Path file = folder.resolve("w.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(original);
            store.delete(original.id());
            store.delete(UUID.randomUUID());
            assertFalse(store.exists(original.id()));
        }
        for (String table : List.of("timeline_entry", "metric_series", "metric_chunk", "rca", "rca_list_item",
                "action_item", "affected_service", "pinned_milestone")) {
            assertEquals(0, count(file, "SELECT COUNT(*) FROM " + table), table);
        }
    }

    @Test
    void storesMillionsOfPointsInChunksAndReadsThemBackExactly() throws Exception {
        int points = 1_000_000;
        long[] timestamps = new long[points];
        double[] values = new double[points];
        for (int i = 0; i < points; i++) {
            timestamps[i] = 1_700_000_000_000L + i * 1000L;
            values[i] = Math.sin(i / 1000.0) * 100;
        }
        MetricSeries series = new MetricSeries(UUID.randomUUID(), "memory", "MiB", timestamps, values);
        Incident incident = Incident.create("Big", ZoneOffset.UTC).withSeries(List.of(series));
        Path file = folder.resolve("w.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(incident);
        }
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertEquals(series, store.find(incident.id()).orElseThrow().series().get(0));
        }
        assertEquals(PointChunks.chunkCount(points), count(file, "SELECT COUNT(*) FROM metric_chunk"));
    }

    @Test
    void aFailedSaveOfSeveralIncidentsStoresNoneOfThem() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(folder.resolve("w.db"))) {
            Incident good = Incident.create("Good", ZoneOffset.UTC);
            MetricSeries series = SampleIncidents.everyField().series().get(0);
            Incident broken = Incident.create("Broken", ZoneOffset.UTC).withSeries(List.of(series, series));

            assertThrows(StoreException.class, () -> store.saveAll(List.of(good, broken)));

            assertTrue(store.list().isEmpty());
        }
    }

    static long count(Path file, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
