package dev.aftermath.importing.feed;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zone abbreviations status pages print after a time ({@code 09:08 UTC}, {@code 01:30 EDT}) and the offsets
 * they stand for. Also reads written offsets: {@code GMT+0}, {@code UTC+01:00}, {@code +03}, {@code -0530}.
 *
 * <p>An abbreviation already says whether summer time applied (EDT, not EST), so its fixed offset is used as
 * printed rather than recomputed. Region words without a season (PT, ET, CT, MT) take the offset their zone had at
 * that moment. CST, IST, BST and AST have several readings; the first listed is the default, and a zone the user
 * gave picks the reading that matches it.
 */
final class ZoneAbbreviations {

    private static final Pattern WRITTEN_OFFSET =
            Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private static final Map<String, List<Reading>> TABLE = Map.ofEntries(
            fixed("UTC", 0, 0, "UTC"), fixed("UT", 0, 0, "UTC"), fixed("GMT", 0, 0, "UTC"), fixed("Z", 0, 0, "UTC"),
            fixed("WET", 0, 0, "Europe/Lisbon"), fixed("WEST", 1, 0, "Europe/Lisbon"),
            fixed("CET", 1, 0, "Europe/Berlin"), fixed("CEST", 2, 0, "Europe/Berlin"),
            fixed("MET", 1, 0, "Europe/Berlin"), fixed("MEST", 2, 0, "Europe/Berlin"),
            fixed("EET", 2, 0, "Europe/Athens"), fixed("EEST", 3, 0, "Europe/Athens"),
            fixed("MSK", 3, 0, "Europe/Moscow"),
            Map.entry("BST", List.of(reading(1, 0, "Europe/London"), reading(6, 0, "Asia/Dhaka"))),
            Map.entry("IST", List.of(reading(5, 30, "Asia/Kolkata"), reading(1, 0, "Europe/Dublin"),
                    reading(2, 0, "Asia/Jerusalem"))),
            fixed("EST", -5, 0, "America/New_York"), fixed("EDT", -4, 0, "America/New_York"),
            Map.entry("CST", List.of(reading(-6, 0, "America/Chicago"), reading(8, 0, "Asia/Shanghai"))),
            fixed("CDT", -5, 0, "America/Chicago"),
            fixed("MST", -7, 0, "America/Denver"), fixed("MDT", -6, 0, "America/Denver"),
            fixed("PST", -8, 0, "America/Los_Angeles"), fixed("PDT", -7, 0, "America/Los_Angeles"),
            fixed("AKST", -9, 0, "America/Anchorage"), fixed("AKDT", -8, 0, "America/Anchorage"),
            fixed("HST", -10, 0, "Pacific/Honolulu"),
            Map.entry("AST", List.of(reading(-4, 0, "America/Halifax"), reading(3, 0, "Asia/Riyadh"))),
            fixed("ADT", -3, 0, "America/Halifax"),
            fixed("NST", -3, -30, "America/St_Johns"), fixed("NDT", -2, -30, "America/St_Johns"),
            fixed("JST", 9, 0, "Asia/Tokyo"), fixed("KST", 9, 0, "Asia/Seoul"),
            fixed("HKT", 8, 0, "Asia/Hong_Kong"), fixed("SGT", 8, 0, "Asia/Singapore"),
            fixed("AWST", 8, 0, "Australia/Perth"),
            fixed("ACST", 9, 30, "Australia/Adelaide"), fixed("ACDT", 10, 30, "Australia/Adelaide"),
            fixed("AEST", 10, 0, "Australia/Sydney"), fixed("AEDT", 11, 0, "Australia/Sydney"),
            fixed("NZST", 12, 0, "Pacific/Auckland"), fixed("NZDT", 13, 0, "Pacific/Auckland"),
            seasonal("PT", "America/Los_Angeles"), seasonal("MT", "America/Denver"),
            seasonal("CT", "America/Chicago"), seasonal("ET", "America/New_York"));

    private ZoneAbbreviations() {
    }

    /**
     * @param local the wall-clock time the abbreviation was printed with
     * @param userZone the zone the user gave, or null; settles ambiguous abbreviations
     * @return the offset, or empty when the text is no zone this table knows
     */
    static Optional<Resolved> resolve(String text, LocalDateTime local, ZoneId userZone) {
        String key = text.strip().toUpperCase(Locale.ROOT);
        List<Reading> readings = TABLE.get(key);
        if (readings != null) {
            return Optional.of(choose(key, readings, local, userZone));
        }
        return writtenOffset(key).map(offset -> new Resolved(offset, offset, null));
    }

    private static Resolved choose(String key, List<Reading> readings, LocalDateTime local, ZoneId userZone) {
        if (readings.size() > 1 && userZone != null) {
            ZoneOffset userOffset = ZonedDateTime.ofLocal(local, userZone, null).getOffset();
            for (Reading reading : readings) {
                if (reading.offsetAt(local).equals(userOffset)) {
                    return new Resolved(reading.offsetAt(local), reading.zone(), null);
                }
            }
        }
        Reading chosen = readings.get(0);
        String doubt = readings.size() > 1
                ? key + " has several meanings; read as " + chosen.zone().getId() + " (UTC" + chosen.offsetAt(local)
                        + "). Give the page's zone to choose another reading"
                : null;
        return new Resolved(chosen.offsetAt(local), chosen.zone(), doubt);
    }

    private static Optional<ZoneOffset> writtenOffset(String key) {
        Matcher written = WRITTEN_OFFSET.matcher(key);
        if (!written.matches()) {
            return Optional.empty();
        }
        int sign = written.group(1).equals("-") ? -1 : 1;
        int hours = Integer.parseInt(written.group(2));
        int minutes = written.group(3) == null ? 0 : Integer.parseInt(written.group(3));
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private static Map.Entry<String, List<Reading>> fixed(String name, int hours, int minutes, String zone) {
        return Map.entry(name, List.of(reading(hours, minutes, zone)));
    }

    private static Map.Entry<String, List<Reading>> seasonal(String name, String zone) {
        return Map.entry(name, List.of(new Reading(null, ZoneId.of(zone))));
    }

    private static Reading reading(int hours, int minutes, String zone) {
        return new Reading(ZoneOffset.ofHoursMinutes(hours, minutes), zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone));
    }

    /**
     * @param zone where the abbreviation is used: the zone incidents read this way are shown in
     * @param doubt why the reading may be wrong, or null when it is certain
     */
    record Resolved(ZoneOffset offset, ZoneId zone, String doubt) {
    }

    /** @param fixedOffset null for region words whose offset follows the zone's rules */
    private record Reading(ZoneOffset fixedOffset, ZoneId zone) {

        ZoneOffset offsetAt(LocalDateTime local) {
            return fixedOffset != null ? fixedOffset : ZonedDateTime.ofLocal(local, zone, null).getOffset();
        }
    }
}
