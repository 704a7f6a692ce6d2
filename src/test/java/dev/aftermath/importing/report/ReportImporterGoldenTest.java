package dev.aftermath.importing.report;

import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.Source;
import dev.aftermath.work.Progress;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportImporterGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"markdown-table-report.md", "plain-narrative.txt", "report-with-posts.txt"})
    void importsTheFixtureAsExpected(String fixture) throws IOException {
        Source source = Source.of(ImportGolden.fixture("report", fixture));
        ImportGolden.assertMatches("report", fixture,
                new ReportImporter().read(source, ImportOptions.DEFAULT, Progress.NONE));
    }
}
