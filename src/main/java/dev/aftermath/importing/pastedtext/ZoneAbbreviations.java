package dev.aftermath.importing.pastedtext;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zone names as incident texts write them. An abbreviation with a season in it (CEST, PDT) is a fixed offset: the
 * writer already chose the season, so it wins over any calendar. Region words (PT, Pacific Time) and IANA names
 * follow daylight saving by the date. CST and IST are read the way status pages mostly mean them (US Central,
 * India).
 */
public final class ZoneAbbreviations {

    private static final Map<String, ZoneId> FIXED = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)), Map.entry("SGT", ZoneOffset.ofHours(8)),
            Map.entry("HKT", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)), Map.entry("AST", ZoneOffset.ofHours(-4)),
            Map.entry("ADT", ZoneOffset.ofHours(-3)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("AKST", ZoneOffset.ofHours(-9)),
            Map.entry("AKDT", ZoneOffset.ofHours(-8)), Map.entry("HST", ZoneOffset.ofHours(-10)));

    private static final Map<String, ZoneId> REGIONS = Map.of(
            "PT", ZoneId.of("America/Los_Angeles"), "PACIFIC", ZoneId.of("America/Los_Angeles"),
            "MT", ZoneId.of("America/Denver"), "MOUNTAIN", ZoneId.of("America/Denver"),
            "CT", ZoneId.of("America/Chicago"), "CENTRAL", ZoneId.of("America/Chicago"),
            "ET", ZoneId.of("America/New_York"), "EASTERN", ZoneId.of("America/New_York"));

    private static final Pattern UTC_OFFSET =
            Pattern.compile("(?:UTC|GMT)\\s?([+-])(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);

    private ZoneAbbreviations() {
    }

    /**
     * The zone a name stands for: "CEST", "PT", "Pacific Time", "UTC+2", "US/Pacific", "Europe/Berlin". Empty for
     * anything else, so that ordinary words are never taken for zones.
     */
    public static Optional<ZoneId> lookup(String name) {
        if (name == null || name.isBlank() || name.length() > 40) {
            return Optional.empty();
        }
        String trimmed = name.strip();
        ZoneId fixed = FIXED.get(trimmed.toUpperCase(Locale.ROOT));
        if (fixed != null) {
            return Optional.of(fixed);
        }
        String region = trimmed.toUpperCase(Locale.ROOT).replaceFirst("\\s+TIME$", "");
        if (REGIONS.containsKey(region)) {
            return Optional.of(REGIONS.get(region));
        }
        Matcher offset = UTC_OFFSET.matcher(trimmed);
        if (offset.matches()) {
            return utcOffset(offset);
        }
        return trimmed.contains("/") ? iana(trimmed) : Optional.empty();
    }

    private static Optional<ZoneId> utcOffset(Matcher offset) {
        int hours = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        int sign = offset.group(1).equals("-") ? -1 : 1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> iana(String name) {
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
