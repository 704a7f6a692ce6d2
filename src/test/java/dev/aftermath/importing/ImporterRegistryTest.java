package dev.aftermath.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftermath.importing.bundle.BundleImporter;
import dev.aftermath.work.UserFacingException;
import org.junit.jupiter.api.Test;

class ImporterRegistryTest {

    private final ImporterRegistry registry = ImporterRegistry.standard();

    @Test
    void findsAnImporterById() {
        assertEquals(BundleImporter.class, registry.byId("bundle").getClass());
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        UserFacingException error = assertThrows(UserFacingException.class, () -> registry.byId("docx"));

        assertEquals("unknown import format 'docx'; known formats: bundle", error.getMessage());
    }

    @Test
    void detectsABundleByItsContent() {
        Source source = Source.ofText("download", "{\"format\": \"aftermath-incident\", \"version\": 1}");

        assertEquals("bundle", registry.detect(source).id());
    }

    @Test
    void anUnrecognisedSourceAsksForFormat() {
        ImportException error = assertThrows(ImportException.class,
                () -> registry.detect(Source.ofText("notes.txt", "rolled back at 02:05")));

        assertEquals("notes.txt: cannot tell the format of notes.txt; use --format with one of: bundle",
                error.getMessage());
    }
}
