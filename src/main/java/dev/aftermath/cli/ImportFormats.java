package dev.aftermath.cli;

import dev.aftermath.importing.Importer;
import dev.aftermath.importing.ImporterRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The values {@code import --format} takes, for its help text: "auto", then every importer's id. */
final class ImportFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        List<String> formats = new ArrayList<>(List.of(ImporterRegistry.AUTO));
        ImporterRegistry.standard().importers().stream().map(Importer::id).forEach(formats::add);
        return formats.iterator();
    }
}
