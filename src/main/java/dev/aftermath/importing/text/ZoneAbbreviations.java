package dev.aftermath.importing.text;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * The zone names incident texts, status pages and feeds print after a time ({@code 09:08 UTC}, {@code 01:30 EDT},
 * {@code 8:20 Pacific Time}) and the offsets they stand for. Also reads written offsets ({@code GMT+0},
 * {@code UTC+01:00}, {@code +03}, {@code -0530}) and IANA names ({@code Europe/Berlin}, {@code US/Pacific}).
 *
 * <p>An abbreviation already says whether summer time applied (EDT, not EST), so its fixed offset is used as
 * printed rather than recomputed. Region words without a season (PT, ET, CT, MT, Pacific Time) take the offset
 * their zone had at that moment. CST, IST, BST and AST have several readings; the first listed is the default (with a
 * doubt to show the user), and a zone the user gave picks the reading whose home keeps the same clock.
 */
public final class ZoneAbbreviations {

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
            seasonal("PT", "America/Los_Angeles"), seasonal("PACIFIC", "America/Los_Angeles"),
            seasonal("MT", "America/Denver"), seasonal("MOUNTAIN", "America/Denver"),
            seasonal("CT", "America/Chicago"), seasonal("CENTRAL", "America/Chicago"),
            seasonal("ET", "America/New_York"), seasonal("EASTERN", "America/New_York"));

    /** A winter and a summer day, on which a user's zone is compared with the homes of ambiguous readings. */
    private static final List<LocalDateTime> SEASONS =
            List.of(LocalDate.of(2025, 1, 15).atTime(12, 0), LocalDate.of(2025, 7, 15).atTime(12, 0));

    private ZoneAbbreviations() {
    }

    /**
     * @param local the wall-clock time the name was printed with; it sets the offset of region words
     * @param userZone the zone the user gave, or null; settles ambiguous abbreviations
     * @return the offset, or empty when the text is no zone this table knows
     */
    public static Optional<Resolved> resolve(String text, LocalDateTime local, ZoneId userZone) {
        return known(text).map(known -> {
            Optional<Reading> matching = matching(known, userZone);
            Reading chosen = matching.orElse(known.readings().get(0));
            return new Resolved(chosen.offsetAt(local), chosen.zone(), matching.isPresent() ? null : doubt(known));
        });
    }

    /**
     * The zone a name stands for when the date is not known yet: a fixed offset for an abbreviation with a season
     * in it (CEST), the region's zone for a word without one (PT, Pacific Time), which then follows daylight saving
     * by the date.
     *
     * @param userZone the zone the user gave, or null; settles ambiguous abbreviations
     * @return empty for anything else, so that ordinary words are never taken for zones
     */
    public static Optional<Meaning> meaning(String text, ZoneId userZone) {
        return known(text).map(known -> {
            Optional<Reading> matching = matching(known, userZone);
            Reading chosen = matching.orElse(known.readings().get(0));
            return new Meaning(chosen.fixedOffset() != null ? chosen.fixedOffset() : chosen.zone(),
                    matching.isPresent() ? null : doubt(known));
        });
    }

    private static Optional<Known> known(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replaceFirst("\\s+TIME$", "");
        List<Reading> readings = TABLE.get(key);
        if (readings != null) {
            return Optional.of(new Known(key, readings));
        }
        Optional<ZoneId> other = writtenOffset(key).map(ZoneId.class::cast)
                .or(() -> text.contains("/") ? iana(text.strip()) : Optional.empty());
        return other.map(zone -> new Known(key, List.of(new Reading(null, zone))));
    }

    /**
     * The reading the user's zone picks out of several: the one whose home keeps the same clock as the user's zone
     * in winter and in summer. Empty when there is one reading, no user zone or no match.
     */
    private static Optional<Reading> matching(Known known, ZoneId userZone) {
        if (known.readings().size() < 2 || userZone == null) {
            return Optional.empty();
        }
        return known.readings().stream().filter(reading -> SEASONS.stream().allMatch(season ->
                offset(reading.zone(), season).equals(offset(userZone, season)))).findFirst();
    }

    private static ZoneOffset offset(ZoneId zone, LocalDateTime local) {
        return ZonedDateTime.ofLocal(local, zone, null).getOffset();
    }

    /** Only several readings leave doubt, and all of those have fixed offsets. */
    private static String doubt(Known known) {
        if (known.readings().size() < 2) {
            return null;
        }
        Reading chosen = known.readings().get(0);
        return known.key() + " has several meanings; read as " + chosen.zone().getId() + " (UTC"
                + chosen.fixedOffset() + "). Give the page's zone to choose another reading";
    }

    private static Optional<ZoneId> iana(String name) {
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
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
     * @param zone the zone a time read this way is written in (a fixed offset or a region), for placing it
     * @param doubt why the reading may be wrong, or null when it is certain
     */
    public record Meaning(ZoneId zone, String doubt) {
    }

    private record Known(String key, List<Reading> readings) {
    }

    /**
     * @param zone where the abbreviation is used: the zone incidents read this way are shown in
     * @param doubt why the reading may be wrong, or null when it is certain
     */
    public record Resolved(ZoneOffset offset, ZoneId zone, String doubt) {
    }

    /** @param fixedOffset null for region words whose offset follows the zone's rules */
    private record Reading(ZoneOffset fixedOffset, ZoneId zone) {

        ZoneOffset offsetAt(LocalDateTime local) {
            return fixedOffset != null ? fixedOffset : offset(zone, local);
        }
    }
}
