package dev.aftermath.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSchemaTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void theCurrentVersionIsTheHighestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(WorkspaceSchema.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int highest = files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(match -> Integer.parseInt(match.group(1)))
                    .max().orElseThrow();
            assertEquals(highest, WorkspaceSchema.CURRENT_VERSION);
        }
    }

    @Test
    void aMigratedWorkspaceReportsTheCurrentVersion() {
        Path file = folder.resolve("w.db");
        SqliteIncidentStore.open(file).close();

        assertEquals(WorkspaceSchema.CURRENT_VERSION, WorkspaceSchema.appliedVersion(file));
    }

    @Test
    void aMissingOrForeignFileHasNoVersion() throws IOException {
        assertEquals(-1, WorkspaceSchema.appliedVersion(folder.resolve("missing.db")));
        assertEquals(-1, WorkspaceSchema.appliedVersion(Files.createFile(folder.resolve("empty.db"))));
    }
}
