package dev.aftermath.importing.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * ISO-8601 date-times such as {@code 2025-03-04T07:00:00.123Z}, {@code 2015-07-26T08:02:00+01:00} or Grafana's
 * {@code 2023-11-22 09:25:00}. The common layouts are read from fixed byte positions with no objects made (about
 * 30 ns against 500 ns or more for {@code Instant.parse}); anything unusual goes to java.time, so the result is
 * always what java.time would give. Times without an offset are read through {@link LocalTimes}.
 */
final class IsoTimeFormat implements TimeFormat {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final DateTimeFormatter FALLBACK = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private final LocalTimes localTimes;
    private int prefixEnd;
    /**
     * Rows of one export mostly share their date, hour and minute: when the first sixteen bytes equal the last
     * row's, the minute is known and only seconds and fraction are read.
     */
    private long lastHead;
    private long lastTail;
    private long lastMinuteMillis;
    private boolean minuteKnown;

    IsoTimeFormat(LocalTimes localTimes) {
        this.localTimes = localTimes;
    }

    @Override
    public String description() {
        return "ISO-8601";
    }

    @Override
    public long toEpochMillis(byte[] b, int from, int to) {
        long fast = parse(b, from, to, true);
        return fast != NOT_A_TIME && prefixEnd == to ? fast : javaTime(b, from, to);
    }

    @Override
    public int prefixEnd() {
        return prefixEnd;
    }

    /** Without the field's end a comma cannot be told from a comma delimiter, so it is not a decimal mark here. */
    @Override
    public long readPrefix(byte[] b, int from, int limit) {
        return parse(b, from, limit, false);
    }

    /** Kept small enough for the JIT to inline into the row loop; the rarer cases are methods of their own. */
    private long parse(byte[] b, int from, int limit, boolean commaFraction) {
        if (limit - from < 16 || !knowsMinuteOf(b, from)) {
            return NOT_A_TIME;
        }
        int p = from + 16;
        long local = lastMinuteMillis;
        if (p < limit && b[p] == ':') {
            int second = p + 3 <= limit ? digits2(b, p + 1) : -1;
            if (second < 0 || second > 59) {
                return NOT_A_TIME;
            }
            local += second * 1000L;
            p += 3;
            if (p < limit && (b[p] == '.' || (commaFraction && b[p] == ','))) {
                int fractionEnd = digitsEnd(b, p + 1, limit);
                int digits = fractionEnd - p - 1;
                if (digits == 0 || digits > 9) {
                    return NOT_A_TIME;
                }
                local += fractionMillis(b, p + 1, digits);
                p = fractionEnd;
            }
        }
        if (p < limit && b[p] == 'Z') {
            prefixEnd = p + 1;
            return local;
        }
        return withOffsetOrZone(b, p, limit, local);
    }

    /** Whether the row's first sixteen bytes name a valid minute, taken from the last row when they are the same. */
    private boolean knowsMinuteOf(byte[] b, int from) {
        long head = (long) LONGS.get(b, from);
        long tail = (long) LONGS.get(b, from + 8);
        if (minuteKnown && head == lastHead && tail == lastTail) {
            return true;
        }
        long minute = epochMinuteMillis(b, from);
        if (minute == NOT_A_TIME) {
            return false;
        }
        lastHead = head;
        lastTail = tail;
        lastMinuteMillis = minute;
        minuteKnown = true;
        return true;
    }

    private long withOffsetOrZone(byte[] b, int p, int limit, long local) {
        if (p < limit && (b[p] == '+' || b[p] == '-')) {
            int offsetSeconds = offset(b, p, limit);
            return offsetSeconds == Integer.MIN_VALUE ? NOT_A_TIME : local - offsetSeconds * 1000L;
        }
        prefixEnd = p;
        return localTimes.toUtcMillis(local);
    }

    private static int digitsEnd(byte[] b, int p, int limit) {
        while (p < limit && b[p] >= '0' && b[p] <= '9') {
            p++;
        }
        return p;
    }

    /** {@code yyyy-MM-ddTHH:mm} as epoch milliseconds, or NOT_A_TIME. */
    private long epochMinuteMillis(byte[] b, int from) {
        if (b[from + 4] != '-' || b[from + 7] != '-' || b[from + 13] != ':'
                || (b[from + 10] != 'T' && b[from + 10] != ' ')) {
            return NOT_A_TIME;
        }
        int year = digits4(b, from);
        int month = digits2(b, from + 5);
        int day = digits2(b, from + 8);
        int hour = digits2(b, from + 11);
        int minute = digits2(b, from + 14);
        if ((year | month | day | hour | minute) < 0 || month < 1 || month > 12 || day < 1
                || day > CivilDays.lengthOfMonth(year, month) || hour > 23 || minute > 59) {
            return NOT_A_TIME;
        }
        return (CivilDays.fromCivil(year, month, day) * 1440L + hour * 60L + minute) * 60_000L;
    }

    /** {@code +01:00}, {@code -0500}, {@code +01}; sets where it ends. Anything else is left to java.time. */
    private int offset(byte[] b, int p, int limit) {
        int sign = b[p] == '-' ? -1 : 1;
        int hours = p + 3 <= limit ? digits2(b, p + 1) : -1;
        int end = p + 3;
        int minutes = 0;
        if (end + 3 <= limit && b[end] == ':') {
            minutes = digits2(b, end + 1);
            end += 3;
        } else if (end + 2 <= limit && b[end] >= '0' && b[end] <= '9') {
            minutes = digits2(b, end);
            end += 2;
        }
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        prefixEnd = end;
        return sign * (hours * 3600 + minutes * 60);
    }

    private long javaTime(byte[] b, int from, int to) {
        if (to - from > 64) {
            return NOT_A_TIME;
        }
        String text = new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip();
        try {
            TemporalAccessor parsed = FALLBACK.parse(text);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).toInstant().toEpochMilli();
            }
            LocalDateTime local = LocalDateTime.from(parsed);
            return localTimes.toUtcMillis(local.toEpochSecond(ZoneOffset.UTC) * 1000L + local.getNano() / 1_000_000);
        } catch (DateTimeParseException | ArithmeticException notIso) {
            return NOT_A_TIME;
        }
    }

    /** The first three digits of a fraction as milliseconds; further digits are truncated, as java.time does. */
    private static int fractionMillis(byte[] b, int start, int digits) {
        int millis = (b[start] - '0') * 100;
        if (digits > 1) {
            millis += (b[start + 1] - '0') * 10;
        }
        if (digits > 2) {
            millis += b[start + 2] - '0';
        }
        return millis;
    }

    private static int digits2(byte[] b, int p) {
        int tens = b[p] - '0';
        int ones = b[p + 1] - '0';
        return (tens | ones) < 0 || tens > 9 || ones > 9 ? -1 : tens * 10 + ones;
    }

    private static int digits4(byte[] b, int p) {
        int high = digits2(b, p);
        int low = digits2(b, p + 2);
        return (high | low) < 0 ? -1 : high * 100 + low;
    }
}
