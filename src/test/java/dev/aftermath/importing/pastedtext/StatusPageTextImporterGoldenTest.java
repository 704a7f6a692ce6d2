package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.report.ImportGolden;
import dev.aftermath.work.Progress;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusPageTextImporterGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"copied-page-cest.txt", "missing-status-words.md"})
    void importsTheFixtureAsExpected(String fixture) throws IOException {
        Source source = Source.of(ImportGolden.fixture("pastedtext", fixture));
        ImportGolden.assertMatches("pastedtext", fixture,
                new StatusPageTextImporter().read(source, ImportOptions.DEFAULT, Progress.NONE));
    }
}
