package dev.aftermath.importing.feed;

import static dev.aftermath.importing.statuspage.GoldenIncidents.assertMatches;
import static dev.aftermath.importing.statuspage.GoldenIncidents.fixture;

import dev.aftermath.importing.ImportOptions;
import dev.aftermath.work.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageFeedImporterGoldenTest {

    private final StatuspageFeedImporter importer = new StatuspageFeedImporter();

    @ParameterizedTest
    @ValueSource(strings = {"history-new-year.atom", "history.rss"})
    void importsFixtureAsTheGoldenFileSays(String name) {
        assertMatches(getClass(), name, importer.read(fixture(getClass(), name), ImportOptions.DEFAULT,
                Progress.NONE));
    }
}
