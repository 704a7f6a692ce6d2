package dev.aftermath.workspace;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.work.Progress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stands in for a format importer: answers with a prepared result per source name, or fails for a name. */
final class FakeImporter implements Importer {

    private final Map<String, ImportResult> results = new HashMap<>();
    private final Map<String, ImportException> failures = new HashMap<>();

    FakeImporter returning(String sourceName, ImportResult result) {
        results.put(sourceName, result);
        return this;
    }

    /** One incident found, with fresh ids and no warnings: the shape of most formats' results. */
    FakeImporter returning(String sourceName, Incident found) {
        return returning(sourceName, new ImportResult(List.of(found), false, List.of()));
    }

    FakeImporter failing(String sourceName, ImportException failure) {
        failures.put(sourceName, failure);
        return this;
    }

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public String displayName() {
        return "Fake";
    }

    @Override
    public boolean canRead(Source source) {
        return results.containsKey(source.name()) || failures.containsKey(source.name());
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) {
        if (failures.containsKey(source.name())) {
            throw failures.get(source.name());
        }
        return results.get(source.name());
    }
}
