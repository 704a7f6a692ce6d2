package dev.aftermath.importing.statuspage;

import static dev.aftermath.importing.statuspage.GoldenIncidents.assertMatches;
import static dev.aftermath.importing.statuspage.GoldenIncidents.fixture;

import dev.aftermath.importing.ImportOptions;
import dev.aftermath.work.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageJsonImporterGoldenTest {

    private final StatuspageJsonImporter importer = new StatuspageJsonImporter();

    @ParameterizedTest
    @ValueSource(strings = {"incidents-new-york-dst.json", "summary-berlin.json", "webhook-incident.json",
        "single-maintenance.json"})
    void importsFixtureAsTheGoldenFileSays(String name) {
        assertMatches(getClass(), name, importer.read(fixture(getClass(), name), ImportOptions.DEFAULT,
                Progress.NONE));
    }
}
