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

    /**
     * Whether the file's name (its extension) says it is in this format, asked by detection only when no importer
     * {@link #canRead} it. Reading it anyway tells the user precisely what is wrong with the file (the line of a
     * quote never closed, JSON cut short) rather than that its format is unknown. Cheap, like {@code canRead}.
     */
    default boolean claimsByName(Source source) throws IOException {
        return false;
    }

    ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException;
}
