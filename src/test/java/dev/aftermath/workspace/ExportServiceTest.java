package dev.aftermath.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aftermath.bundle.BundleWriter;
import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.export.bundle.BundleExporter;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import dev.aftermath.testing.SampleIncidents;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path folder;

    private IncidentStore store;
    private ExportService service;
    private final Incident incident = SampleIncidents.everyField();

    @BeforeEach
    void openStore() {
        store = SqliteIncidentStore.open(folder.resolve("workspace.db"));
        store.save(incident);
        service = new ExportService(store, new ExporterRegistry(List.of(new BundleExporter(), new FailingExporter())));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void writesTheBundleAndLeavesNoTemporaryFile() throws IOException {
        Path out = folder.resolve("out").resolve("incident.aftermath.json");
        Files.createDirectories(out.getParent());

        service.export(incident.id(), "json", out, Progress.NONE);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new BundleWriter().write(store.find(incident.id()).orElseThrow(), expected);
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(out));
        assertEquals(List.of(out), filesIn(out.getParent()));
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAsItWas() throws IOException {
        Path out = Files.writeString(folder.resolve("incident.txt"), "earlier export");

        UserFacingException error = assertThrows(UserFacingException.class,
                () -> service.export(incident.id(), "failing", out, Progress.NONE));

        assertEquals("cannot write " + out + ": disk full", error.getMessage());
        assertEquals("earlier export", Files.readString(out));
        assertEquals(List.of(folder.resolve("incident.txt"), folder.resolve("workspace.db")),
                filesIn(folder).stream().filter(file -> !file.getFileName().toString().startsWith("workspace.db-"))
                        .toList());
    }

    @Test
    void anUnknownIncidentIsRefused() {
        UUID unknown = UUID.randomUUID();

        assertThrows(UnknownIncidentException.class,
                () -> service.export(unknown, "json", folder.resolve("x.json"), Progress.NONE));
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        UserFacingException error = assertThrows(UserFacingException.class,
                () -> service.export(incident.id(), "pdf", folder.resolve("x.pdf"), Progress.NONE));

        assertEquals("unknown export format 'pdf'; known formats: json, failing", error.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** Writes half a document, then fails as a full disk would. */
    private static final class FailingExporter implements Exporter {
        @Override
        public String format() {
            return "failing";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
            out.write("half a docu".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }
    }
}
