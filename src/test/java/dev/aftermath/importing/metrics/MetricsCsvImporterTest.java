package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.work.CancelledException;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsCsvImporterTest {

    private final MetricsCsvImporter importer = new MetricsCsvImporter();

    @Test
    void returnsOneUntitledIncidentWithSeriesAndNoEntries() {
        ImportResult result = read("time,cpu\n2023-11-22T09:25:00Z,1\n2023-11-22T09:26:00Z,2\n");
        assertEquals(1, result.incidents().size());
        assertEquals("", result.incidents().get(0).title());
        assertTrue(result.incidents().get(0).entries().isEmpty());
        assertFalse(result.carriesIdentity());
        assertEquals(List.of("cpu"), result.incidents().get(0).series().stream().map(MetricSeries::name).toList());
    }

    @Test
    void skipsRowsWithoutTimestampAndWarnsWithLineNumber() {
        ImportResult result = read("time,cpu\n2023-11-22T09:25:00Z,1\nsoon,2\n2023-11-22T09:27:00Z,3\n");
        assertArrayEquals(new double[] {1, 3}, only(result).values());
        assertEquals(List.of(new ImportWarning("test.csv", 3, "skipped: the time cannot be read as ISO-8601")),
                result.warnings());
    }

    @Test
    void fileWhereNoRowCanBeReadIsAnErrorNamingTheLine() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("time,cpu\n2023-11-22T09:25:00Z,1\n2023-11-22T09:26:00Z,2\n".replace("Z,", "Q,")));
        assertEquals("test.csv", error.file());
        assertTrue(error.getMessage().startsWith("test.csv:2:"), error.getMessage());
    }

    @Test
    void readsTimesWithoutOffsetInTheGivenZoneWithoutWarning() {
        ImportResult result = importer.read(Source.ofText("test.csv", "time;value\n2023-07-01 12:00:00;1\n"),
                new ImportOptions(ZoneId.of("America/Los_Angeles")), Progress.NONE);
        assertEquals(Instant.parse("2023-07-01T19:00:00Z").toEpochMilli(), only(result).timestamps()[0]);
        assertTrue(result.warnings().isEmpty());
    }

    @Test
    void readsTimesWithoutOffsetAsUtcAndWarnsOnceWhenNoZoneIsGiven() {
        ImportResult result = read("time;value\n2023-07-01 12:00:00;1\n2023-07-01 12:01:00;2\n");
        assertEquals(Instant.parse("2023-07-01T12:00:00Z").toEpochMilli(), only(result).timestamps()[0]);
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().contains("read as UTC"));
    }

    @Test
    void warnsAboutWallTimesInADaylightSavingChange() {
        ImportResult result = importer.read(Source.ofText("test.csv",
                        "time;value\n2023-10-29 01:30:00;1\n2023-10-29 02:30:00;2\n2023-10-29 03:30:00;3\n"),
                new ImportOptions(ZoneId.of("Europe/Berlin")), Progress.NONE);
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().startsWith("1 time(s) fall into a daylight-saving change"));
    }

    @Test
    void warnsWhenDayAndMonthCannotBeToldApart() {
        ImportResult result = importer.read(Source.ofText("test.csv", "date,a\n03/04/2023 09:00,1\n04/04/2023 09:00,2\n"),
                new ImportOptions(ZoneId.of("UTC")), Progress.NONE);
        assertEquals(Instant.parse("2023-04-03T09:00:00Z").toEpochMilli(), only(result).timestamps()[0]);
        assertEquals(List.of(new ImportWarning("test.csv", 2, "no date in the first rows has a day above 12, so day "
                + "and month cannot be told apart; read as day/month/year")), result.warnings());
    }

    @Test
    void putsNewestFirstRowsInTimeOrder() {
        ImportResult result = read("time,a,b\n1700641530,3,30\n1700641520,2,20\n1700641510,1,10\n");
        List<MetricSeries> series = result.incidents().get(0).series();
        assertArrayEquals(new long[] {1700641510000L, 1700641520000L, 1700641530000L}, series.get(0).timestamps());
        assertArrayEquals(new double[] {1, 2, 3}, series.get(0).values());
        assertArrayEquals(new double[] {10, 20, 30}, series.get(1).values());
    }

    @Test
    void sortsUnorderedRowsKeepingEachValueWithItsTime() {
        ImportResult result = read("time,a\n1700641520,2\n1700641530,3\n1700641510,1\n");
        assertArrayEquals(new double[] {1, 2, 3}, only(result).values());
    }

    @Test
    void readsMissingTrailingCellsAsGaps() {
        ImportResult result = read("time,a,b\n1700641510,1,10\n1700641520,2\n");
        assertTrue(Double.isNaN(result.incidents().get(0).series().get(1).values()[1]));
    }

    @Test
    void skipsAPreambleBeforeTheHeader() {
        ImportResult result = read("""
                Version,1.0
                Granularity,ONE_MINUTE
                Distribution,Friendly name,TimeBucket (UTC),Requests
                E1,shop,2023-11-22 09:25:00,120
                E1,shop,2023-11-22 09:26:00,118
                """);
        List<MetricSeries> series = result.incidents().get(0).series();
        assertEquals(List.of("Requests"), series.stream().map(MetricSeries::name).toList());
        assertTrue(result.warnings().stream().anyMatch(w -> w.message().equals("skipped 2 line(s) before the header")));
    }

    @Test
    void readsCellsWithQuotesLineBreaksAndDelimitersInside() {
        ImportResult result = read("\"time\",\"a \"\"quoted\"\"\nname\"\n\"2023-11-22T09:25:00Z\",\"1,5\"\n");
        assertEquals("a \"quoted\"\nname", only(result).name());
    }

    @Test
    void refusesAnEmptyFile() {
        ImportException error = assertThrows(ImportException.class, () -> read(""));
        assertTrue(error.getMessage().startsWith("test.csv: "), error.getMessage());
    }

    @Test
    void refusesBinaryFiles() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("PK\u0003\u0004\u0000\u0000garbage"));
        assertTrue(error.getMessage().contains("binary"), error.getMessage());
    }

    @Test
    void refusesAnUnterminatedQuoteNamingTheLineItStartsOn() {
        ImportException error = assertThrows(ImportException.class,
                () -> read("time,a\n2023-11-22T09:25:00Z,1\n2023-11-22T09:26:00Z,\"2\n2023-11-22T09:27:00Z,3\n"));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("never closed"), error.getMessage());
    }

    @ParameterizedTest(name = "delimiter {0}")
    @ValueSource(strings = {";", "\t", "|"})
    void anUnterminatedQuoteIsNamedWhateverTheDelimiter(String delimiter) {
        String csv = "time,a\n2023-11-22T09:25:00Z,1\n2023-11-22T09:26:00Z,\"2\n2023-11-22T09:27:00Z,3\n"
                .replace(",", delimiter);

        ImportException error = assertThrows(ImportException.class, () -> read(csv));

        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("never closed"), error.getMessage());
    }

    @Test
    void refusesEnormousLines() {
        String huge = "time,a\n" + "9".repeat(CsvCursor.MAX_LINE_BYTES + 10) + "\n";
        ImportException error = assertThrows(ImportException.class, () -> read(huge));
        assertTrue(error.getMessage().contains("longer than"), error.getMessage());
    }

    @Test
    void refusesAFileWithoutTimes() {
        ImportException error = assertThrows(ImportException.class, () -> read("name,value\nalpha,1\nbeta,2\n"));
        assertTrue(error.getMessage().contains("no column of times"), error.getMessage());
    }

    @Test
    void stopsWhenCancelled() {
        StringBuilder text = new StringBuilder("time,a\n");
        for (int i = 0; i < 200_000; i++) {
            text.append(1700641500 + i).append(",1\n");
        }
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> importer.read(Source.ofText("test.csv", text.toString()), ImportOptions.DEFAULT, cancelled));
    }

    @Test
    void readsAFileOnDiskWithWindows1252Header(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("temperatur.csv");
        Files.write(file, "Zeit;Temperatur (\u00b0C)\n22.11.2023 09:25;21,5\n".getBytes("windows-1252"));
        ImportResult result = importer.read(Source.of(file), new ImportOptions(ZoneId.of("UTC")), Progress.NONE);
        assertEquals("\u00b0C", only(result).unit());
        assertEquals(21.5, only(result).values()[0]);
    }

    @Test
    void recognisesMetricCsvButNotOtherFormats() throws IOException {
        assertTrue(importer.canRead(Source.ofText("a.csv", "\"Time\",\"cpu\"\r\n1700641500000,0.5\r\n")));
        assertTrue(importer.canRead(Source.ofText("a.csv", "\uFEFFsep=;\r\n\"Time\";\"cpu\"\r\n2023-11-22 09:25:00;0,5\r\n")));
        assertTrue(importer.canRead(Source.ofText("a.csv", "Series;Time;Value\nerrors;2015-07-26T08:02:00+01:00;3\n")));
        assertFalse(importer.canRead(Source.ofText("a.json", "{\"status\":\"success\"}")));
        assertFalse(importer.canRead(Source.ofText("a.md", "# Incident report\n\nAt 11:49 UTC the paging alarm fired.\n")));
        assertFalse(importer.canRead(Source.ofText("a.md", "| Time | Event |\n|---|---|\n| 09:12 | paged |\n")));
    }

    private ImportResult read(String text) {
        return importer.read(Source.ofText("test.csv", text), ImportOptions.DEFAULT, Progress.NONE);
    }

    private static MetricSeries only(ImportResult result) {
        assertEquals(1, result.incidents().get(0).series().size());
        return result.incidents().get(0).series().get(0);
    }
}
