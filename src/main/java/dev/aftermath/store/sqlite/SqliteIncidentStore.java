package dev.aftermath.store.sqlite;

import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.IncidentSummary;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteConfig;

/**
 * The workspace as one SQLite file. One connection serialises every call; each call is one transaction. The
 * connection holds SQLite's exclusive lock for as long as the workspace is open, so a second process cannot write
 * behind the first one's back: it waits briefly, then is told the workspace is in use.
 */
public final class SqliteIncidentStore implements IncidentStore {

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private SqliteIncidentStore(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens the workspace, creating or migrating it first. */
    public static SqliteIncidentStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    static SqliteIncidentStore open(Path file, Clock clock) {
        NativeLibrary.prepare();
        WorkspaceFiles.prepare(file);
        WorkspaceSchema.migrate(file);
        Connection connection = connect(file);
        try {
            lockExclusively(connection);
            return new SqliteIncidentStore(file, connection, clock);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqliteErrors.translate(file, "open", e);
        }
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode cannot corrupt the file; a power cut may lose the last commits, a crash loses none.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(WorkspaceFiles.BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private static Connection connect(Path file) {
        try {
            SQLiteConfig config = config();
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "open", e);
        }
    }

    /** In exclusive locking mode the first write takes the lock and keeps it until the connection closes. */
    private static void lockExclusively(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("BEGIN EXCLUSIVE");
            statement.executeUpdate("COMMIT");
        }
        connection.setAutoCommit(false);
    }

    @Override
    public synchronized List<IncidentSummary> list() {
        return inTransaction("read the incident list", () -> new IncidentReader(connection).list());
    }

    @Override
    public synchronized Optional<Incident> find(UUID id) {
        return inTransaction("read an incident", () -> new IncidentReader(connection).find(id));
    }

    @Override
    public synchronized boolean exists(UUID id) {
        return inTransaction("read an incident", () -> new IncidentReader(connection).exists(id));
    }

    @Override
    public void save(Incident incident) {
        saveAll(List.of(incident));
    }

    @Override
    public synchronized void saveAll(List<Incident> incidents) {
        inTransaction("save", () -> {
            IncidentWriter writer = new IncidentWriter(connection);
            for (Incident incident : incidents) {
                writer.write(incident, clock.instant());
            }
            return null;
        });
    }

    @Override
    public synchronized void delete(UUID id) {
        inTransaction("delete an incident", () -> new IncidentWriter(connection).delete(id));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "close", e);
        }
    }

    private <T> T inTransaction(String action, SqlWork<T> work) {
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof SQLException sqlException) {
                throw SqliteErrors.translate(file, action, sqlException);
            }
            throw (RuntimeException) e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting; SQLite rolls back on close anyway.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing to open; the first error is the one the user sees.
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
