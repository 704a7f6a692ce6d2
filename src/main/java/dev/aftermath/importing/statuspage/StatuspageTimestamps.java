package dev.aftermath.importing.statuspage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/**
 * Reads Statuspage timestamps: ISO-8601 in the page's own offset ({@code 2025-11-02T01:40:00.000-04:00}), with
 * 0 to 9 fraction digits, {@code Z}, {@code +00:00} or {@code +0000}, and a space instead of the {@code T} as some
 * look-alike APIs write. Dates are checked strictly, so 30 February is refused rather than moved to March.
 */
final class StatuspageTimestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private StatuspageTimestamps() {
    }

    /**
     * @param zoneWithoutOffset where a time written without an offset is read
     * @throws java.time.format.DateTimeParseException when the text is no timestamp or names an impossible one
     */
    static ReadTime parse(String text, ZoneId zoneWithoutOffset) {
        TemporalAccessor parsed = FORMAT.parseBest(text.strip(), OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime offsetTime
                ? new ReadTime(offsetTime.toInstant(), true)
                : new ReadTime(((LocalDateTime) parsed).atZone(zoneWithoutOffset).toInstant(), false);
    }

    /** @param hadOffset false when the zone had to be assumed */
    record ReadTime(Instant instant, boolean hadOffset) {
    }
}
