package dev.aftermath.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class NativeLibraryTest {

    @TempDir
    Path cache;

    private String pathBefore;
    private String nameBefore;

    @BeforeEach
    void rememberDriverSettings() {
        pathBefore = System.getProperty(NativeLibrary.PATH_PROPERTY);
        nameBefore = System.getProperty(NativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreDriverSettings() {
        restore(NativeLibrary.PATH_PROPERTY, pathBefore);
        restore(NativeLibrary.NAME_PROPERTY, nameBefore);
    }

    @Test
    void keepsAnExactCopyOfTheDriversLibraryPerVersionAndPointsTheDriverAtIt() throws IOException {
        NativeLibrary.prepare(cache);

        String name = System.mapLibraryName("sqlitejdbc");
        Path kept = cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).resolve(name);
        assertEquals(kept.getParent().toString(), System.getProperty(NativeLibrary.PATH_PROPERTY));
        assertEquals(name, System.getProperty(NativeLibrary.NAME_PROPERTY));
        try (InputStream shipped = NativeLibrary.class.getResourceAsStream(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name)) {
            assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(kept));
        }
        try (Stream<Path> files = Files.list(kept.getParent())) {
            assertEquals(List.of(kept), files.toList(), "no partial copies are left behind");
        }
    }

    @Test
    void leavesTheDriverToItsOwnWayWhenTheCacheCannotBeWritten() throws IOException {
        System.clearProperty(NativeLibrary.PATH_PROPERTY);
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        NativeLibrary.prepare(notAFolder.resolve("cache"));

        assertTrue(System.getProperty(NativeLibrary.PATH_PROPERTY) == null);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
