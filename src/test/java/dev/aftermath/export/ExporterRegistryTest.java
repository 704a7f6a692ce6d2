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
        UserFacingException error = assertThrows(UserFacingException.class, () -> registry.byFormat("svg"));

        assertEquals("unknown export format 'svg'; known formats: json, markdown, docx, html", error.getMessage());
    }
}
