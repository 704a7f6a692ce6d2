package dev.aftermath.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares output with an expected file under src/test/resources; {@code -Dgolden.update=true} rewrites it. */
final class GoldenFile {

    private GoldenFile() {
    }

    static void assertMatches(String resource, byte[] actual) throws IOException {
        Path expected = Path.of("src/test/resources").resolve(resource);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.write(expected, actual);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8),
                () -> "output differs from " + expected + "; rerun with -Dgolden.update=true and review the diff");
    }

    static byte[] read(String resource) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources").resolve(resource));
    }
}
