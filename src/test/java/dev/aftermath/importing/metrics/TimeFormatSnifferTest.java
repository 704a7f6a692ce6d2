package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFormatSnifferTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-03-04T07:00:00.123Z                  | ISO-8601           | 2025-03-04T07:00:00.123Z
            2025-03-04T07:00:00Z                      | ISO-8601           | 2025-03-04T07:00:00Z
            2015-07-26T08:02:00+01:00                 | ISO-8601           | 2015-07-26T07:02:00Z
            2015-07-26T08:02:00-0530                  | ISO-8601           | 2015-07-26T13:32:00Z
            2023-11-22 09:25:00                       | ISO-8601           | 2023-11-22T08:25:00Z
            2023-11-22 09:25                          | ISO-8601           | 2023-11-22T08:25:00Z
            2023-11-22T09:25:00.123456                | ISO-8601           | 2023-11-22T08:25:00.123Z
            2023-11-22T09:25:00,5                     | ISO-8601           | 2023-11-22T08:25:00.500Z
            2023-07-01 09:25:00                       | ISO-8601           | 2023-07-01T07:25:00Z
            1700641500                                | epoch seconds      | 2023-11-22T08:25:00Z
            1700641500.781                            | epoch seconds      | 2023-11-22T08:25:00.781Z
            1700641500781                             | epoch milliseconds | 2023-11-22T08:25:00.781Z
            1700641500781123                          | epoch microseconds | 2023-11-22T08:25:00.781Z
            1700641500781123456                       | epoch nanoseconds  | 2023-11-22T08:25:00.781Z
            22.11.2023 09:25:00                       | day.month.year     | 2023-11-22T08:25:00Z
            22.11.2023 09:25                          | day.month.year     | 2023-11-22T08:25:00Z
            22/11/2023 09:25:00                       | day.month.year     | 2023-11-22T08:25:00Z
            11/22/2023 9:25:00 AM                     | month/day/year     | 2023-11-22T08:25:00Z
            11/22/2023 9:25:00 PM                     | month/day/year     | 2023-11-22T20:25:00Z
            11/22/2023 12:05:00 AM                    | month/day/year     | 2023-11-21T23:05:00Z
            2023/11/22 09:25:00                       | year/month/day     | 2023-11-22T08:25:00Z
            """)
    void readsTheFirstCellOfAColumnInItsFormat(String cell, String format, String expectedUtc) {
        TimeFormat sniffed = TimeFormatSniffer.sniff(List.of(cell), new LocalTimes(BERLIN), NumberStyle.DECIMAL_POINT,
                false);
        assertNotNull(sniffed, cell);
        assertEquals(format, sniffed.description());
        assertEquals(Instant.parse(expectedUtc).toEpochMilli(), read(sniffed, cell));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            45252.35069444 | DECIMAL_POINT | 2023-11-22T07:25:00Z
            45252,35069444 | DECIMAL_COMMA | 2023-11-22T07:25:00Z
            45252          | DECIMAL_POINT | 2023-11-21T23:00:00Z
            """)
    void readsExcelSerialsOnlyWhereAllowed(String cell, String style, String expectedUtc) {
        NumberStyle numbers = style.equals("DECIMAL_COMMA") ? NumberStyle.DECIMAL_COMMA : NumberStyle.DECIMAL_POINT;
        assertNull(TimeFormatSniffer.sniff(List.of(cell), new LocalTimes(BERLIN), numbers, false));
        TimeFormat excel = TimeFormatSniffer.sniff(List.of(cell), new LocalTimes(BERLIN), numbers, true);
        assertEquals("Excel date serials", excel.description());
        assertEquals(Instant.parse(expectedUtc).toEpochMilli(), read(excel, cell));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            03/04/2023 09:00, 05/04/2023 09:00, 13/04/2023 09:00 | DAY_MONTH_YEAR
            03/04/2023 09:00, 03/13/2023 09:00                   | MONTH_DAY_YEAR
            03/04/2023 9:00 AM                                   | MONTH_DAY_YEAR
            03.04.2023 09:00                                     | DAY_MONTH_YEAR
            03/04/2023 09:00                                     | DAY_MONTH_YEAR
            2023/04/03 09:00                                     | YEAR_MONTH_DAY
            """)
    void tellsDayFirstFromMonthFirstByTheValues(String cells, NumericDateTimeFormat.Order expected) {
        assertEquals(expected, TimeFormatSniffer.dateOrder(Arrays.stream(cells.split(",")).map(String::strip).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.25
            latency
            2023-13-01T00:00:00Z
            2023-02-30 10:00:00
            31.02.2023 10:00
            11/22/2023 13:00:00 PM
            12345
            """)
    void refusesCellsThatAreNoTimes(String cell) {
        assertNull(TimeFormatSniffer.sniff(List.of(cell), new LocalTimes(BERLIN), NumberStyle.DECIMAL_POINT, false));
    }

    @Test
    void readsSkippedAndRepeatedWallTimesWithTheOffsetBeforeTheChangeAndCountsThem() {
        LocalTimes berlin = new LocalTimes(BERLIN);
        TimeFormat iso = new IsoTimeFormat(berlin);
        assertEquals(Instant.parse("2023-03-26T01:30:00Z").toEpochMilli(), read(iso, "2023-03-26 02:30:00"));
        assertEquals(Instant.parse("2023-10-29T00:30:00Z").toEpochMilli(), read(iso, "2023-10-29 02:30:00"));
        assertEquals(Instant.parse("2023-10-29T02:30:00Z").toEpochMilli(), read(iso, "2023-10-29 03:30:00"));
        assertEquals(2, berlin.doubtfulCount());
        assertEquals(3, berlin.readCount());
    }

    @Test
    void matchesJavaTimeAcrossAYearOfLocalTimes() {
        LocalTimes berlin = new LocalTimes(BERLIN);
        TimeFormat iso = new IsoTimeFormat(berlin);
        for (long minute = 0; minute < 366 * 24 * 60; minute += 37) {
            java.time.LocalDateTime local = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(minute);
            long expected = local.atZone(BERLIN).toInstant().toEpochMilli();
            assertEquals(expected, read(iso, local.toString()), local.toString());
        }
    }

    private static long read(TimeFormat format, String cell) {
        byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
        return format.toEpochMillis(bytes, 0, bytes.length);
    }
}
