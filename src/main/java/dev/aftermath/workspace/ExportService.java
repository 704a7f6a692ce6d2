package dev.aftermath.workspace;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Exports a stored incident to a file. The file appears complete or not at all: the export is written to a
 * temporary file in the same folder and moved over the target, so a failure never leaves half a file behind.
 */
public final class ExportService {

    private final IncidentStore store;
    private final ExporterRegistry exporters;

    public ExportService(IncidentStore store, ExporterRegistry exporters) {
        this.store = store;
        this.exporters = exporters;
    }

    public void export(UUID id, String format, Path out, Progress progress) {
        export(id, exporters.byFormat(format), out, progress);
    }

    /** Exports with an exporter configured for this one export, such as a picture of a chosen size. */
    public void export(UUID id, Exporter exporter, Path out, Progress progress) {
        Incident incident = store.find(id).orElseThrow(() -> new UnknownIncidentException(id));
        progress.checkCancelled();
        Path target = out.toAbsolutePath();
        Path temp = createTemp(target);
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp))) {
                exporter.write(incident, new ExportOptions(target), stream);
            }
            progress.checkCancelled();
            move(temp, target);
            progress.worked(1, 1);
        } catch (IOException e) {
            throw new UserFacingException("cannot write " + out + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Created like any new file (not owner-only, as {@code createTempFile} would), since it becomes the export. */
    private static Path createTemp(Path target) {
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            return Files.createFile(temp);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("cannot write " + target + ": the folder " + target.getParent()
                    + " does not exist", e);
        } catch (IOException e) {
            throw new UserFacingException("cannot write " + target + ": " + reason(e), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temporary file is harmless; the export's own outcome is what the user needs to hear.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
