package dev.aftermath.importing.feed;

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
        "-0530, -05:30"})
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

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "", "+25", "o'clock"})
    void unknownTextIsNoZone(String text) {
        assertTrue(ZoneAbbreviations.resolve(text, SUMMER, null).isEmpty());
    }
}
