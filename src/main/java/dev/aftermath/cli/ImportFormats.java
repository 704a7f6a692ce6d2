package dev.aftermath.cli;

import dev.aftermath.importing.Importer;
import dev.aftermath.importing.ImporterRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The values {@code import --format} takes: "auto", then every importer's id. Also its help text's candidates. */
final class ImportFormats implements Iterable<String> {

    static List<String> of(ImporterRegistry importers) {
        List<String> formats = new ArrayList<>(List.of(ImporterRegistry.AUTO));
        importers.importers().stream().map(Importer::id).forEach(formats::add);
        return List.copyOf(formats);
    }

    @Override
    public Iterator<String> iterator() {
        return of(ImporterRegistry.standard()).iterator();
    }
}
