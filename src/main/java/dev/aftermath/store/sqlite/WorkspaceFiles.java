package dev.aftermath.store.sqlite;

import dev.aftermath.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks on the workspace file before SQLite is let near it, so a wrong file is refused, never altered. */
final class WorkspaceFiles {

    /** How long a second process waits for the first to let go before it is told the workspace is in use. */
    static final int BUSY_TIMEOUT_MILLIS = 2_000;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFiles() {
    }

    static void prepare(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder; a workspace is a file (for example "
                    + file.resolve("workspace.db") + ").");
        }
        if (Files.exists(file)) {
            requireSqlite(file);
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void requireSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(file + " is not an Aftermath workspace (it is not an SQLite database)."
                        + " It was left unchanged; open another workspace file (--db FILE on the command line).");
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace " + file + ": " + e.getMessage(), e);
        }
    }
}
