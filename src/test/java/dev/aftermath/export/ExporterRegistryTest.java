package dev.aftermath.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftermath.work.UserFacingException;
import org.junit.jupiter.api.Test;

class ExporterRegistryTest {

    private final ExporterRegistry registry = ExporterRegistry.standard();

    @Test
    void findsTheBundleExporterAsJson() {
        Exporter exporter = registry.byFormat("json");

        assertEquals("aftermath.json", exporter.fileExtension());
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        UserFacingException error = assertThrows(UserFacingException.class, () -> registry.byFormat("pdf"));

        assertEquals("unknown export format 'pdf'; known formats: " + ExporterRegistry.standard().formats(), error.getMessage());
    }
}
