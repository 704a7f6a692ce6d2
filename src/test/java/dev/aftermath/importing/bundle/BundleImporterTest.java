package dev.aftermath.importing.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.testing.SampleIncidents;
import dev.aftermath.work.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleImporterTest {

    private final BundleImporter importer = new BundleImporter();

    @Test
    void recognisesABundleByItsNameOrByItsFormatMarker() throws IOException {
        assertTrue(importer.canRead(Source.ofText("shared.aftermath.json", "")));
        assertTrue(importer.canRead(Source.ofText("renamed.json", bundleText(SampleIncidents.everyField()))));
        assertTrue(importer.canRead(Source.ofText("x", "\uFEFF  {\"format\": \"aftermath-incident\"}")));
    }

    @Test
    void doesNotClaimOtherJson() throws IOException {
        assertFalse(importer.canRead(Source.ofText("incidents.json", "{\"page\": {\"id\": \"x\"}, \"incidents\": []}")));
        assertFalse(importer.canRead(Source.ofText("notes.txt", "aftermath-incident")));
    }

    @Test
    void readsTheIncidentWithItsIdentity() throws IOException {
        Incident incident = SampleIncidents.everyField();

        ImportResult result = importer.read(Source.ofText("a.aftermath.json", bundleText(incident)),
                ImportOptions.DEFAULT, Progress.NONE);

        assertTrue(result.carriesIdentity());
        assertEquals(java.util.List.of(incident), result.incidents());
        assertEquals(java.util.List.of(), result.warnings());
    }

    @Test
    void reportsAMalformedBundleAsAnImportExceptionWithLineAndColumn() {
        Source source = Source.ofText("bad.aftermath.json", "{\"format\": \"aftermath-incident\",\n \"version\": x}");

        ImportException error = assertThrows(ImportException.class,
                () -> importer.read(source, ImportOptions.DEFAULT, Progress.NONE));

        assertEquals("bad.aftermath.json", error.file());
        assertEquals(2, error.line());
        assertEquals(13, error.column());
        assertTrue(error.getMessage().startsWith("bad.aftermath.json:2:13: not valid JSON"), error.getMessage());
    }

    @Test
    void reportsAMissingFileByName(@TempDir Path folder) {
        Source missing = Source.of(folder.resolve("gone.aftermath.json"));

        ImportException error = assertThrows(ImportException.class,
                () -> importer.read(missing, ImportOptions.DEFAULT, Progress.NONE));

        assertEquals("gone.aftermath.json: no such file", error.getMessage());
    }

    private static String bundleText(Incident incident) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleWriter().write(incident, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
