package dev.aftermath.store.sqlite;

import dev.aftermath.store.StoreException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/** Creates and migrates the schema with Flyway; refuses, untouched, a workspace from a newer Aftermath. */
final class WorkspaceSchema {

    private WorkspaceSchema() {
    }

    static void migrate(Path file) {
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
