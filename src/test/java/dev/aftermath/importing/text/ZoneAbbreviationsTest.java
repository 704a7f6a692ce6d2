package dev.aftermath.importing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneAbbreviationsTest {

    private static final LocalDateTime SUMMER = LocalDateTime.of(2025, 7, 1, 12, 0);
    private static final LocalDateTime WINTER = LocalDateTime.of(2025, 1, 15, 12, 0);

    @ParameterizedTest(name = "{0} in summer is {1}")
    @CsvSource({"UTC, Z", "GMT, Z", "utc, Z", "CET, +01:00", "CEST, +02:00", "EST, -05:00", "EDT, -04:00",
        "PST, -08:00", "PDT, -07:00", "CST, -06:00", "IST, +05:30", "NST, -03:30", "ACDT, +10:30",
        "PT, -07:00", "ET, -04:00", "GMT+0, Z", "GMT+2, +02:00", "UTC-05:00, -05:00", "+03, +03:00",
        "-0530, -05:30", "UTC +5, +05:00", "Pacific Time, -07:00", "eastern time, -04:00", "Central, -05:00",
        "US/Pacific, -07:00", "Europe/Berlin, +02:00", "WET, Z", "BST, +01:00", "AST, -04:00", "MSK, +03:00",
        "AEDT, +11:00", "HST, -10:00"})
    void readsAbbreviationsAndWrittenOffsets(String text, ZoneOffset expected) {
        assertEquals(expected, ZoneAbbreviations.resolve(text, SUMMER, null).orElseThrow().offset());
    }

    @Test
    void regionWordFollowsTheSeason() {
        assertEquals(ZoneOffset.ofHours(-8), ZoneAbbreviations.resolve("PT", WINTER, null).orElseThrow().offset());
    }

    @Test
    void abbreviationNamesTheZoneIncidentsAreShownIn() {
        assertEquals(ZoneId.of("America/New_York"),
                ZoneAbbreviations.resolve("EDT", SUMMER, null).orElseThrow().zone());
    }

    @Test
    void ambiguousAbbreviationSaysWhichReadingWasTaken() {
        String doubt = ZoneAbbreviations.resolve("IST", SUMMER, null).orElseThrow().doubt();

        assertNotNull(doubt);
        assertTrue(doubt.contains("Asia/Kolkata"), doubt);
    }

    @Test
    void userZoneChoosesTheMatchingReading() {
        ZoneAbbreviations.Resolved resolved =
                ZoneAbbreviations.resolve("IST", WINTER, ZoneId.of("Asia/Jerusalem")).orElseThrow();

        assertEquals(ZoneOffset.ofHours(2), resolved.offset());
        assertNull(resolved.doubt());
    }

    @Test
    void userZoneMatchingTheDefaultReadingLeavesNoDoubt() {
        assertNull(ZoneAbbreviations.resolve("CST", WINTER, ZoneId.of("America/Chicago")).orElseThrow().doubt());
    }

    @ParameterizedTest(name = "{0} without a date is {1}")
    @CsvSource({"CEST, +02:00", "EDT, -04:00", "utc, Z", "Z, Z", "PT, America/Los_Angeles",
        "Pacific Time, America/Los_Angeles", "MT, America/Denver", "Europe/Berlin, Europe/Berlin",
        "UTC+2, +02:00", "GMT-03:30, -03:30", "CST, -06:00", "IST, +05:30"})
    void meaningWithoutADateKeepsSeasonsFixedAndRegionsFollowingTheirRules(String text, String expected) {
        assertEquals(ZoneId.of(expected), ZoneAbbreviations.meaning(text, null).orElseThrow().zone());
    }

    @ParameterizedTest(name = "{0} for a user in {1} is {2}")
    @CsvSource({"IST, Europe/Dublin, +01:00", "IST, Asia/Jerusalem, +02:00", "IST, Asia/Kolkata, +05:30",
        "CST, Asia/Shanghai, +08:00", "BST, Asia/Dhaka, +06:00", "AST, Asia/Riyadh, +03:00"})
    void userZoneChoosesTheReadingWithoutADate(String text, String userZone, String expected) {
        ZoneAbbreviations.Meaning meaning = ZoneAbbreviations.meaning(text, ZoneId.of(userZone)).orElseThrow();

        assertEquals(ZoneId.of(expected), meaning.zone());
        assertNull(meaning.doubt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CST", "IST", "BST", "AST"})
    void ambiguousMeaningWithoutAUserZoneTakesTheDefaultWithADoubt(String text) {
        ZoneAbbreviations.Meaning meaning = ZoneAbbreviations.meaning(text, ZoneId.of("Europe/Paris")).orElseThrow();

        assertTrue(meaning.doubt().startsWith(text + " has several meanings"), meaning.doubt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "", "+25", "o'clock", "Nowhere/Land", "update", "UTC+99"})
    void unknownTextIsNoZone(String text) {
        assertTrue(ZoneAbbreviations.resolve(text, SUMMER, null).isEmpty());
        assertTrue(ZoneAbbreviations.meaning(text, null).isEmpty());
    }

    @Test
    void nullIsNoZone() {
        assertTrue(ZoneAbbreviations.meaning(null, null).isEmpty());
    }
}
