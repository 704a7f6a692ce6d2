package dev.aftermath.importing.metrics;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets in different locales write them: {@code 22.11.2023 09:25:00}, {@code 11/22/2023 9:25:00 AM},
 * {@code 22/11/2023 09:25}, {@code 2023/11/22 09:25:00}. The order of day and month is decided once for the column
 * from its values, since {@code 03/04/2023} alone cannot tell. Wall-clock times: read through {@link LocalTimes}.
 */
final class NumericDateTimeFormat implements TimeFormat {

    enum Order { DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY }

    static final Pattern SHAPE = Pattern.compile(
            "(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "\\s*([AaPp])?\\.?(?:[Mm]\\.?)?)?");

    private final Order order;
    private final LocalTimes localTimes;

    NumericDateTimeFormat(Order order, LocalTimes localTimes) {
        this.order = order;
        this.localTimes = localTimes;
    }

    Order order() {
        return order;
    }

    @Override
    public String description() {
        return switch (order) {
            case DAY_MONTH_YEAR -> "day.month.year";
            case MONTH_DAY_YEAR -> "month/day/year";
            case YEAR_MONTH_DAY -> "year/month/day";
        };
    }

    @Override
    public long toEpochMillis(byte[] b, int from, int to) {
        if (to - from > 48) {
            return NOT_A_TIME;
        }
        Matcher match = SHAPE.matcher(new String(b, from, to - from, StandardCharsets.ISO_8859_1).strip());
        if (!match.matches()) {
            return NOT_A_TIME;
        }
        int first = Integer.parseInt(match.group(1));
        int second = Integer.parseInt(match.group(3));
        int third = Integer.parseInt(match.group(4));
        boolean yearFirst = match.group(1).length() == 4;
        if (yearFirst != (order == Order.YEAR_MONTH_DAY) || (!yearFirst && match.group(4).length() != 4)) {
            return NOT_A_TIME;
        }
        try {
            LocalDate date = switch (order) {
                case DAY_MONTH_YEAR -> LocalDate.of(third, second, first);
                case MONTH_DAY_YEAR -> LocalDate.of(third, first, second);
                case YEAR_MONTH_DAY -> LocalDate.of(first, second, third);
            };
            long millisOfDay = timeOfDayMillis(match);
            if (millisOfDay < 0) {
                return NOT_A_TIME;
            }
            return localTimes.toUtcMillis(date.toEpochSecond(LocalTime.MIDNIGHT, ZoneOffset.UTC) * 1000L
                    + millisOfDay);
        } catch (DateTimeException impossibleDate) {
            return NOT_A_TIME;
        }
    }

    /** Millisecond of the day, or -1 when the clock reading is impossible (25:00, 13 PM). */
    private static long timeOfDayMillis(Matcher match) {
        if (match.group(5) == null) {
            return 0;
        }
        int hour = Integer.parseInt(match.group(5));
        int minute = Integer.parseInt(match.group(6));
        int second = match.group(7) == null ? 0 : Integer.parseInt(match.group(7));
        String fraction = match.group(8) == null ? "" : (match.group(8) + "00").substring(0, 3);
        int millis = fraction.isEmpty() ? 0 : Integer.parseInt(fraction);
        String meridiem = match.group(9);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return -1;
            }
            boolean afternoon = meridiem.equalsIgnoreCase("p");
            hour = hour % 12 + (afternoon ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return -1;
        }
        return ((hour * 60L + minute) * 60L + second) * 1000L + millis;
    }
}
