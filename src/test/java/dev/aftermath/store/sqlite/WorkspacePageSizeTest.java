package dev.aftermath.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aftermath.model.Incident;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePageSizeTest {

    @TempDir
    Path folder;

    @Test
    void aNewWorkspaceIsMadeOfLargePagesForItsMetricBlobs() throws SQLException {
        Path file = folder.resolve("new.db");
        SqliteIncidentStore.open(file).close();

        assertEquals(WorkspaceFiles.PAGE_SIZE, pageSize(file));
    }

    @Test
    void aWorkspaceMadeWithSmallerPagesKeepsThemAndStillOpens() throws SQLException {
        Path file = folder.resolve("old.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = 4096");
            statement.execute("PRAGMA journal_mode = WAL");
        }
        Incident incident = Incident.create("Kept", ZoneOffset.UTC);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(incident);
        }

        assertEquals(4096, pageSize(file));
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertEquals("Kept", store.find(incident.id()).orElseThrow().title());
        }
    }

    private static int pageSize(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA page_size")) {
            return row.getInt(1);
        }
    }
}
