package dev.aftermath.store.sqlite;

import dev.aftermath.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Checks on the workspace file before SQLite is let near it, so a wrong file is refused, never altered; a new file is
 * created here with the page size the workspace wants.
 */
final class WorkspaceFiles {

    /** How long a second process waits for the first to let go before it is told the workspace is in use. */
    static final int BUSY_TIMEOUT_MILLIS = 2_000;

    /**
     * Metric chunks are blobs of half a megabyte: in 64 KiB pages they take 8 pages each instead of 128, which
     * stores a million-point import in about a third less time. A page size is fixed when the file is created.
     */
    static final int PAGE_SIZE = 65_536;

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
        create(file);
    }

    /** An empty database with our page size, in WAL mode; the schema comes after, from the migrations. */
    private static void create(Path file) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = " + PAGE_SIZE);
            statement.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, "create", e);
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
