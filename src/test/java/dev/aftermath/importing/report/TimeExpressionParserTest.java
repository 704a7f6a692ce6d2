package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportWarning;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timestamp extraction: every pattern reports use, placed in UTC. Lines of one case are separated by '¶'. */
class TimeExpressionParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "-", textBlock = """
            At 11:49 UTC on the 7th of November 2023 the query ran   # 2023-11-07T11:49:00Z # -                    # false
            2023-11-20¶We ran it around 11:49 UTC on the 7th of November # 2023-11-07T11:49:00Z # -           # true
            The API was unavailable between 07:30 - 09:15 UTC on 22nd November 2023 # 2023-11-22T07:30:00Z # 2023-11-22T09:15:00Z # false
            June 3, 2024 09:12: failover started                      # 2024-06-03T09:12:00Z # -                    # false
            2024-06-03¶14:05:22: first alert                          # 2024-06-03T14:05:22Z # -                    # false
            2024-06-03 (all times UTC)¶- 14:51 rollback started       # 2024-06-03T14:51:00Z # -                    # false
            2024-06-03¶| 14:05 | Alert fired |                        # 2024-06-03T14:05:00Z # -                    # false
            Between 2024-03-05 0733 UTC and 2024-03-05 0915 UTC users saw errors # 2024-03-05T07:33:00Z # 2024-03-05T09:15:00Z # false
            Starting on June 18th, 2021 from 4:59pm UTC to 6:06pm UTC  # 2021-06-18T16:59:00Z # 2021-06-18T18:06:00Z # false
            On February 28th 2017 9:37AM PST errors rose               # 2017-02-28T17:37:00Z # -                    # false
            At 9:37 AM PDT on March 28th, 2017 errors rose             # 2017-03-28T16:37:00Z # -                    # false
            At 1:30 AM PT on March 12, 2023 the night shift paged      # 2023-03-12T09:30:00Z # -                    # false
            At 3:30 AM PT on March 12, 2023 the night shift paged      # 2023-03-12T10:30:00Z # -                    # false
            At 1:30 AM PT on November 5, 2023 the repeated hour began  # 2023-11-05T08:30:00Z # -                    # false
            At 12:05 am UTC on Jan 3, 2024 a job ran                   # 2024-01-03T00:05:00Z # -                    # false
            At 12:05 pm UTC on Jan 3, 2024 a job ran                   # 2024-01-03T12:05:00Z # -                    # false
            Dec 31, 2023 23:50 UTC: alert fired¶Jan 1, 00:20 UTC: recovered # 2024-01-01T00:20:00Z # -          # false
            2023-11-22¶23:40 UTC alert fired¶The next day at 00:10 UTC the fix went out # 2023-11-23T00:10:00Z # - # false
            The banner said Sep 13, 2022 23:01 CEST                    # 2022-09-13T21:01:00Z # -                    # false
            Around 2:30pm Pacific Time on June 4, 2024 we saw it       # 2024-06-04T21:30:00Z # -                    # true
            At 6.57am PST on January 4, 2021 the peak began            # 2021-01-04T14:57:00Z # -                    # false
            Around 8:13 a.m. PST on January 4, 2021 errors began       # 2021-01-04T16:13:00Z # -                    # true
            On August 17, 2026, from 13:28–21:15 UTC (7h 47m) errors   # 2026-08-17T13:28:00Z # 2026-08-17T21:15:00Z # false
            On 2024-03-05 between 16:20 UTC / 8:20 PT and 16:55 UTC / 8:55 PT # 2024-03-05T16:20:00Z # 2024-03-05T16:55:00Z # false
            2018-10-20¶At 22:52 UTC, 21st Oct the link dropped         # 2018-10-21T22:52:00Z # -                    # false
            On June 6, 2024 between 03:29 and 04:19 UTC requests failed # 2024-06-06T03:29:00Z # 2024-06-06T04:19:00Z # false
            Between June 18th, 2024 at 09:34 PM UTC and June 19th, 2024 at 12:53 PM it failed # 2024-06-18T21:34:00Z # 2024-06-19T12:53:00Z # false
            2023-11-22T14:05:00Z deploy finished                       # 2023-11-22T14:05:00Z # -                    # false
            2021-01-01¶at 10:25pm PDT on June 4 the region failed      # 2021-06-05T05:25:00Z # -                    # false
            Timeline (all times CET)¶2024-01-10¶- 09:00 alert fired    # 2024-01-10T08:00:00Z # -                    # false
            All times are UTC+2.¶2024-01-10¶- 09:00 alert fired        # 2024-01-10T07:00:00Z # -                    # false
            Lost between January 31 at 17:20 UTC and 00:00 UTC¶2017-02-10 # 2017-01-31T17:20:00Z # 2017-02-01T00:00:00Z # false
            Between January 31, 2017 at 23:20 UTC and 00:40 UTC it was down # 2017-01-31T23:20:00Z # 2017-02-01T00:40:00Z # false
            2023-05-02¶~ 17:20 UTC: work began                         # 2023-05-02T17:20:00Z # -                    # true
            2017-01-31¶**± 23:30 UTC:** the copy was started           # 2017-01-31T23:30:00Z # -                    # true
            2017-01-31¶* **14:51** News reports arrive                 # 2017-01-31T14:51:00Z # -                    # false
            On 11/22/2023 at 09:25 UTC the page was updated            # 2023-11-22T09:25:00Z # -                    # false
            """)
    void placesTheLastTimeOfTheTextInUtc(String text, String at, String end, boolean approximate) {
        List<Statement> statements = statements(text, null, new ArrayList<>());
        Statement last = statements.get(statements.size() - 1);
        assertEquals(Instant.parse(at), last.at(), "at");
        assertEquals(end == null ? null : Instant.parse(end), last.end(), "end");
        assertEquals(approximate, last.approximate(), "approximate");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            We scaled to 2 hosts and 30 more within 10 minutes
            Version v0.22.4 shipped with 3.5 times the memory
            The ratio was 100:1 and the year 2023 was busy
            Meet in room 1230 at the usual place
            Starting 22nd April, we were rolling out a new counter
            """)
    void findsNoTimeInTextWithoutOne(String text) {
        assertTrue(TimeExpressionParser.parse(text, null).mentions().isEmpty());
    }

    @Test
    void readsBareTimesInTheUsersZone() {
        List<Statement> statements = statements("2024-07-01¶- 09:00 alert fired", ZoneId.of("Europe/Berlin"),
                new ArrayList<>());
        assertEquals(Instant.parse("2024-07-01T07:00:00Z"), statements.get(0).at());
    }

    @Test
    void readsBareTimesAsUtcWithAWarningWhenNoZoneIsKnown() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("2024-07-01¶- 09:00 alert fired", null, warnings);
        assertEquals(Instant.parse("2024-07-01T09:00:00Z"), statements.get(0).at());
        assertEquals(2, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("UTC"));
    }

    @Test
    void readsAnAmbiguousZoneInItsDefaultMeaningAndWarnsOnce() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("2024-07-01¶- 09:00 IST paged¶- 09:30 IST rolled back", null,
                warnings);
        assertEquals(Instant.parse("2024-07-01T03:30:00Z"), statements.get(0).at());
        assertEquals(1, warnings.size());
        assertEquals(2, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("IST has several meanings"), warnings.get(0).message());
    }

    @Test
    void theUsersZoneChoosesTheMeaningOfAnAmbiguousZone() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("2024-07-01¶- 09:00 IST paged", ZoneId.of("Europe/Dublin"),
                warnings);
        assertEquals(Instant.parse("2024-07-01T08:00:00Z"), statements.get(0).at());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aStatedAmbiguousZoneIsReadInItsDefaultMeaningWithAWarning() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("All times CST¶2024-07-01¶- 09:00 paged", null, warnings);
        assertEquals(Instant.parse("2024-07-01T15:00:00Z"), statements.get(0).at());
        assertEquals(1, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("America/Chicago"), warnings.get(0).message());
    }

    @Test
    void bareTimesTakeTheZoneTheReportWritesElsewhere() {
        List<Statement> statements = statements("On 2024-07-01 at 08:00 PDT it began.¶Later, at 09:30 it ended.",
                null, new ArrayList<>());
        assertEquals(Instant.parse("2024-07-01T16:30:00Z"), statements.get(1).at());
    }

    @Test
    void warnsWithLineNumberWhenABareTimeGoesBackwardsOnTheSameDate() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("2024-07-01 (all times UTC)¶- 14:30 paged¶- 14:05 rolled back",
                null, warnings);
        assertEquals(Instant.parse("2024-07-01T14:05:00Z"), statements.get(1).at());
        assertEquals(1, warnings.size());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("earlier"), warnings.get(0).message());
    }

    @Test
    void aProseDateWithoutATimeDoesNotMoveTheCurrentDate() {
        List<Statement> statements = statements(
                "Users saw errors at 07:30 UTC on 22nd November 2023.¶On the afternoon of 21st November we shipped it."
                        + "¶By 08:02 UTC the alarms fired.", null, new ArrayList<>());
        assertEquals(Instant.parse("2023-11-22T08:02:00Z"), statements.get(1).at());
    }

    @Test
    void splitsASentenceWithSeveralTimesAtItsClauses() {
        List<Statement> statements = statements(
                "2024-07-01¶The alarm fired at 08:02 UTC, and the on-call engineer called a commander at 08:15 UTC.",
                null, new ArrayList<>());
        assertEquals("The alarm fired at 08:02 UTC", statements.get(0).text());
        assertEquals("the on-call engineer called a commander at 08:15 UTC.", statements.get(1).text());
    }

    @Test
    void skipsAnUndatedTimeWithAWarningWhenTheReportHasNoDateAtAll() {
        List<ImportWarning> warnings = new ArrayList<>();
        assertTrue(statements("At 08:02 UTC the alarm fired.", null, warnings).isEmpty());
        assertTrue(warnings.get(0).message().contains("no date"), warnings.get(0).message());
    }

    @Test
    void leavesTheEndOutWhenASpanIsOnlyOneTime() {
        assertNull(statements("2024-07-01¶At 08:02 UTC the alarm fired.", null, new ArrayList<>()).get(0).end());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', textBlock = """
            At 2:30 AM PT on March 10, 2024 a job ran   # 2024-03-10T10:30:00Z # does not exist
            At 1:30 AM PT on November 3, 2024 a job ran # 2024-11-03T08:30:00Z # happened twice
            """)
    void warnsAboutWallTimesADaylightSavingChangeSkippedOrRepeated(String text, Instant at, String warning) {
        List<ImportWarning> warnings = new ArrayList<>();
        assertEquals(at, statements(text, null, warnings).get(0).at());
        assertTrue(warnings.get(0).message().contains(warning), warnings.get(0).message());
    }

    @Test
    void aHeadingThatIsOnlyATimeTakesTheWordsUnderIt() {
        List<Statement> statements = statements("2024-07-01¶### 09:37 UTC¶The queue stopped draining.", null,
                new ArrayList<>());
        assertEquals("The queue stopped draining.", statements.get(0).text());
    }

    @Test
    void warnsAboutADayTheMonthDoesNotHave() {
        List<ImportWarning> warnings = new ArrayList<>();
        List<Statement> statements = statements("On February 30, 2024 at 10:00 UTC it broke.", null, warnings);
        assertEquals(Instant.parse("2024-02-29T10:00:00Z"), statements.get(0).at());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("does not exist"), warnings.get(0).message());
    }

    static List<Statement> statements(String text, ZoneId zone, List<ImportWarning> warnings) {
        List<String> lines = Arrays.asList(text.split("¶"));
        return new ReportTimeline("test.md", lines, Set.of(), warnings).statements(List.of(), zone);
    }
}
