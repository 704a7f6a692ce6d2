package dev.aftermath.cli;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.workspace.IncidentExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Importers name a file by its base name, the name an entry's provenance keeps; the command line names it as the
 * user typed it, so that a relative path stays relative and the file can be found from where the command ran. A
 * base name that several of the given paths share stays as it is, since it cannot tell which one is meant.
 */
final class GivenPaths {

    private final Map<String, String> pathByName;

    GivenPaths(List<Path> files) {
        Map<String, Set<String>> pathsByName = files.stream().collect(Collectors.groupingBy(
                file -> Source.of(file).name(), Collectors.mapping(Path::toString, Collectors.toSet())));
        this.pathByName = pathsByName.entrySet().stream()
                .filter(named -> named.getValue().size() == 1)
                .collect(Collectors.toMap(Map.Entry::getKey, named -> named.getValue().iterator().next()));
    }

    ImportWarning named(ImportWarning warning) {
        return new ImportWarning(pathOf(warning.file()), warning.line(), warning.message());
    }

    ImportException named(ImportException failure) {
        return failure.withFile(pathOf(failure.file()));
    }

    IncidentExistsException named(IncidentExistsException failure) {
        return new IncidentExistsException(failure.id(), pathOf(failure.file()));
    }

    private String pathOf(String name) {
        return name == null ? null : pathByName.getOrDefault(name, name);
    }
}
