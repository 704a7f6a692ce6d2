package dev.aftermath.export.report;

import dev.aftermath.model.EntrySource;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How the report writes times and enum names; one place so every format agrees (durations: DurationWords). */
final class ReportFormats {

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final ZoneId zone;
    private final boolean withSeconds;
    /** Looking a zone's short name up is slow, and a timeline crosses few offsets: keep them. */
    private final Map<ZoneOffset, String> zoneNames = new HashMap<>();

    ReportFormats(ZoneId zone, boolean withSeconds) {
        this.zone = zone;
        this.withSeconds = withSeconds;
    }

    /** "2025-10-26 02:35 CET": date, time and the zone's short name, which also tells summer from winter time. */
    String instant(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        StringBuilder text = new StringBuilder(32);
        text.append(local.getYear()).append('-');
        twoDigits(text, local.getMonthValue()).append('-');
        twoDigits(text, local.getDayOfMonth()).append(' ');
        return clock(text, local).toString();
    }

    /** A span; the end drops its date when it falls on the start's date. */
    String span(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String endText = from.toLocalDate().equals(to.toLocalDate())
                ? clock(new StringBuilder(16), to).toString() : instant(end);
        return instant(start) + " – " + endText;
    }

    /**
     * "08:24 CET". Written digit by digit: a timeline of thousands of rows is formatted once per export, in a
     * process that has just started, where a DateTimeFormatter costs ten times as much.
     */
    private StringBuilder clock(StringBuilder text, ZonedDateTime local) {
        twoDigits(text, local.getHour()).append(':');
        twoDigits(text, local.getMinute());
        if (withSeconds) {
            twoDigits(text.append(':'), local.getSecond());
        }
        return text.append(' ').append(zoneName(local));
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private String zoneName(ZonedDateTime local) {
        return zoneNames.computeIfAbsent(local.getOffset(), offset -> lookUpZoneName(local));
    }

    private static String lookUpZoneName(ZonedDateTime local) {
        if (local.getZone() instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return ZONE_NAME.format(local);
    }

    static boolean hasSeconds(Instant at) {
        return at.getEpochSecond() % 60 != 0 || at.getNano() != 0;
    }

    /** IN_PROGRESS -> "In progress", WONT_DO -> "Won't do". */
    static String words(Enum<?> value) {
        String text = value.name().equals("WONT_DO") ? "won't do" : value.name().toLowerCase(Locale.ROOT);
        text = text.replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String source(TimelineEntry entry) {
        String source = entry.source() == EntrySource.STATUS_PAGE ? "status page" : entry.source().externalName();
        String origin = entry.provenance() == null ? "" : entry.provenance().describe();
        return origin.isEmpty() ? source : source + " · " + origin;
    }
}
