package dev.aftermath.importing.bundle;

import dev.aftermath.bundle.BundleException;
import dev.aftermath.bundle.BundleFormat;
import dev.aftermath.bundle.BundleReader;
import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Reads an Aftermath incident file. The incident keeps its id and every entry keeps the source it was written
 * with: a bundle carries an incident, it is not a new observation of one.
 */
public final class BundleImporter implements Importer {

    public static final String ID = "bundle";

    /** Enough to see the format marker, which writers put first. */
    private static final int SNIFF_BYTES = 1024;

    private final BundleReader reader = new BundleReader();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Aftermath incident file";
    }

    @Override
    public boolean canRead(Source source) throws IOException {
        if (source.name().endsWith("." + BundleFormat.FILE_EXTENSION)) {
            return true;
        }
        String head = source.headText(SNIFF_BYTES).stripLeading();
        return head.startsWith("{") && head.contains("\"" + BundleFormat.FORMAT + "\"");
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        try (InputStream in = source.open()) {
            Incident incident = reader.read(in, source.name(), source.size(), progress);
            return new ImportResult(List.of(incident), true, List.of());
        } catch (BundleException e) {
            throw new ImportException(e.file(), e.line(), e.column(), e.problem());
        } catch (NoSuchFileException e) {
            throw new ImportException(source.name(), "no such file");
        } catch (IOException e) {
            throw new ImportException(source.name(), "cannot read the file: " + e.getMessage());
        }
    }
}
