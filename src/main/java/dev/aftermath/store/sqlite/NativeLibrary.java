package dev.aftermath.store.sqlite;

import dev.aftermath.store.WorkspaceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps one copy of SQLite's native library in the user's cache folder and points the driver at it. Left to
 * itself, the driver extracts the library to a new temporary file on every start, which cost each command
 * 150-250 ms; commands start often, so the copy is made once per driver version. Anything unusual (no cache
 * folder, a read-only home, a platform the driver does not ship) leaves the driver to its own way.
 */
final class NativeLibrary {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private static boolean prepared;

    private NativeLibrary() {
    }

    static synchronized void prepare() {
        if (prepared || System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        prepared = true;
        prepare(WorkspaceLocation.cacheFolder());
    }

    static void prepare(Path cacheFolder) {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        Path kept = cacheFolder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).resolve(name);
        try {
            if (!Files.isRegularFile(kept)) {
                copy(resource, kept);
            }
            System.setProperty(PATH_PROPERTY, kept.getParent().toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException notPossible) {
            // The driver extracts a temporary copy itself: slower, never wrong.
        }
    }

    /** Written beside its final name and moved there, so a process never loads a half-written library. */
    private static void copy(String resource, Path kept) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the driver has no library at " + resource);
            }
            Files.createDirectories(kept.getParent());
            Path partial = Files.createTempFile(kept.getParent(), kept.getFileName().toString(), ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, kept, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
