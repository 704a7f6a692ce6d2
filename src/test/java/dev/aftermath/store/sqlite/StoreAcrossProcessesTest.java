package dev.aftermath.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.store.IncidentSummary;
import dev.aftermath.store.WorkspaceInUseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace shared with, or left behind by, another process. */
class StoreAcrossProcessesTest {

    @TempDir
    Path folder;

    private Process child;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSecondProcessIsToldTheWorkspaceIsInUseAndNothingIsLost() throws Exception {
        Path file = folder.resolve("workspace.db");
        Incident saved = Incident.create("Saved before", ZoneOffset.UTC);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            store.save(saved);
        }
        child = start("hold", file);
        awaitLine(child, "open");

        WorkspaceInUseException refusal =
                assertThrows(WorkspaceInUseException.class, () -> SqliteIncidentStore.open(file));

        assertTrue(refusal.getMessage().contains("in use by another Aftermath process"), refusal.getMessage());
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            assertEquals(List.of("Saved before"), store.list().stream().map(IncidentSummary::title).toList());
        }
    }

    @Test
    void aProcessKilledMidWriteLeavesEveryCommittedIncidentIntact() throws Exception {
        Path file = folder.resolve("workspace.db");
        child = start("write", file);
        int committed = awaitSaves(child, 25);

        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        assertEquals("ok", integrityCheck(file));
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            List<IncidentSummary> list = store.list();
            assertTrue(list.size() >= committed, list.size() + " incidents, " + committed + " reported saved");
            for (IncidentSummary summary : list) {
                List<TimelineEntry> entries = store.find(summary.id()).orElseThrow().entries();
                assertEquals(200, entries.size(), summary.title());
            }
        }
    }

    private static Process start(String mode, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreChildProcess.class.getName(), mode, file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void awaitLine(Process process, String expected) throws IOException {
        BufferedReader lines = reader(process);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new AssertionError("the child process ended before saying '" + expected + "'");
    }

    private static int awaitSaves(Process process, int atLeast) throws IOException {
        BufferedReader lines = reader(process);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int saved = Integer.parseInt(line.substring("saved ".length()));
            if (saved >= atLeast) {
                return saved;
            }
        }
        throw new AssertionError("the child process ended before saving " + atLeast + " incidents");
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
