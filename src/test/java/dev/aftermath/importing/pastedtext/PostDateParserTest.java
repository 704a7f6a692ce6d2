package dev.aftermath.importing.pastedtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostDateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Posted Nov 22, 2023 - 08:24 UTC                # 2023-11-22T08:24:00Z
            Posted 4 days ago. Jan 06, 2021 - 17:04 UTC    # 2021-01-06T17:04:00Z
            Posted 8 days ago. Sep 19, 2023 - 11:34 CEST   # 2023-09-19T09:34:00Z
            Posted about 1 month ago. Mar 02, 2024 - 10:00 GMT # 2024-03-02T10:00:00Z
            Posted Aug 17 , 2026 - 21:15 UTC               # 2026-08-17T21:15:00Z
            Posted Sep 03, 2026 - 14:22 UTC                # 2026-09-03T14:22:00Z
            Sep 13, 2022 - 23:01 CEST                      # 2022-09-13T21:01:00Z
            Jan 12, 2021 - 19:26 CET                       # 2021-01-12T18:26:00Z
            Posted Nov 02, 2024 - 09:00 EDT                # 2024-11-02T13:00:00Z
            Posted Nov 07, 2024 - 09:00 EST                # 2024-11-07T14:00:00Z
            Posted Jul 01, 2024 - 09:00 PDT                # 2024-07-01T16:00:00Z
            Posted Jan 04, 2024 - 3:14 PM GMT              # 2024-01-04T15:14:00Z
            Posted Dec 31, 2024 - 12:05 AM PST             # 2024-12-31T08:05:00Z
            Posted Mar 10, 2024 - 01:30 PT                 # 2024-03-10T09:30:00Z
            """)
    void readsEveryDateLineVariant(String line, Instant expected) {
        PostDate date = PostDateParser.parse(line).orElseThrow();
        assertEquals(expected, date.at(1999, ZoneOffset.UTC).toInstant());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            Jan 12, 19:26 CET                              # 2021-01-12T18:26:00Z
            Nov 19, 16:13 UTC                              # 2021-11-19T16:13:00Z
            Mar 13, 06:55 - 16:02 UTC                      # 2021-03-13T06:55:00Z
            """)
    void leavesTheYearToTheCallerWhenTheLineHasNone(String line, Instant expected) {
        PostDate date = PostDateParser.parse(line).orElseThrow();
        assertEquals(null, date.year());
        assertEquals(expected, date.at(2021, ZoneOffset.UTC).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"We posted on Nov 22, 2023 - 08:24 UTC an update", "Posted Nov 22, 2023",
            "Posted Foo 22, 2023 - 08:24 UTC", "Posted Nov 22, 2023 - 25:24 UTC", "Nov 22, 2023 - 08:24 PM", ""})
    void refusesLinesThatAreNotDateLines(String line) {
        assertTrue(PostDateParser.parse(line).isEmpty());
    }
}
