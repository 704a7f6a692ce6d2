package dev.aftermath.store.sqlite;

import dev.aftermath.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/** Creates and migrates the schema with Flyway; refuses, untouched, a workspace from a newer Aftermath. */
final class WorkspaceSchema {

    /** The highest migration in {@code db/migration}; a test keeps the two in step. */
    static final int CURRENT_VERSION = 3;

    private WorkspaceSchema() {
    }

    /**
     * Brings the workspace to the current schema. Starting Flyway costs most of a second (it scans the class path),
     * which the command line would pay on every call; a workspace already at the current version skips it.
     */
    static void migrate(Path file) {
        if (appliedVersion(file) == CURRENT_VERSION) {
            return;
        }
        migrateWithFlyway(file);
    }

    /** The version Flyway last applied successfully, or -1 when that cannot be read cheaply. */
    static int appliedVersion(Path file) {
        if (!Files.exists(file)) {
            return -1;
        }
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try (Connection connection = SqliteIncidentStore.config().createConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL
                     ORDER BY installed_rank DESC LIMIT 1""")) {
            return rows.next() ? Integer.parseInt(rows.getString(1)) : -1;
        } catch (SQLException e) {
            // Another process holds the workspace: say so after this one wait, rather than wait again in Flyway.
            if (SqliteErrors.isBusy(e)) {
                throw SqliteErrors.translate(file, "open", e);
            }
            return -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void migrateWithFlyway(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(SqliteIncidentStore.config());
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
        try {
            refuseNewerSchema(file, flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            if (SqliteErrors.isBusy(e)) {
                throw SqliteErrors.translate(file, "open", findSqlCause(e));
            }
            throw new StoreException(file + " cannot be used as an Aftermath workspace: " + firstLine(e)
                    + " It was left unchanged.", e);
        }
    }

    private static void refuseNewerSchema(Path file, Flyway flyway) {
        Optional<MigrationInfo> future = Arrays.stream(flyway.info().applied())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (future.isPresent()) {
            throw new StoreException(file + " was written by a newer version of Aftermath (workspace schema "
                    + future.get().getVersion() + "; this version knows up to " + latestKnown(flyway) + ")."
                    + " Open it with a newer Aftermath; it was left unchanged.");
        }
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() != MigrationState.FUTURE_SUCCESS
                        && info.getState() != MigrationState.FUTURE_FAILED)
                .map(info -> info.getVersion().toString())
                .reduce((first, second) -> second)
                .orElse("none");
    }

    private static SQLException findSqlCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return new SQLException(e.getMessage());
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
