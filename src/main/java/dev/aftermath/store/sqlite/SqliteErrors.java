package dev.aftermath.store.sqlite;

import dev.aftermath.store.StoreException;
import dev.aftermath.store.WorkspaceInUseException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;

/** Turns SQLite's errors into messages a user can act on. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static StoreException translate(Path file, String action, SQLException e) {
        if (isBusy(e)) {
            return new WorkspaceInUseException("The workspace " + file + " is in use by another Aftermath"
                    + " process. Close that one and try again, or open another workspace file (--db FILE on the command line).");
        }
        if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new StoreException(file + " is not a readable Aftermath workspace (" + firstLine(e) + ")."
                    + " It was left unchanged.", e);
        }
        if (e.getErrorCode() == SQLiteErrorCode.SQLITE_READONLY.code
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || e.getErrorCode() == SQLiteErrorCode.SQLITE_PERM.code) {
            return new StoreException("Cannot " + action + " the workspace " + file
                    + ": the file cannot be opened for writing (" + firstLine(e) + ").", e);
        }
        if (e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code) {
            return new StoreException("Cannot " + action + ": the disk holding " + file + " is full.", e);
        }
        return new StoreException("Cannot " + action + " in the workspace " + file + ": " + firstLine(e), e);
    }

    static boolean isBusy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode() & 0xff;
                if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
