package dev.aftermath.importing;

import dev.aftermath.work.Progress;
import java.io.IOException;

/** Reads one format. Implementations are stateless and thread-safe. */
public interface Importer {

    /** The format's id, as given to {@code --format}: "bundle", "statuspage-json", "metrics-csv" ... */
    String id();

    /** A short human name for menus and the import preview. */
    String displayName();

    /** A cheap look at the head of the source: could this importer read it? Used by format detection. */
    boolean canRead(Source source) throws IOException;

    ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException;
}
