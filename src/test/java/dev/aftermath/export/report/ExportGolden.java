package dev.aftermath.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares export text to an expected file under src/test/resources; {@code -Dgolden.update=true} rewrites it. */
public final class ExportGolden {

    private static final Path ROOT = Path.of("src/test/resources");

    private ExportGolden() {
    }

    public static void assertMatches(String resource, String actual) throws IOException {
        Path expectedFile = ROOT.resolve(resource);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual,
                () -> "differs from " + expectedFile
                        + " (run with -Dgolden.update=true to accept, then review the diff)");
    }
}
