package dev.aftermath.importing.metrics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how a column's times are written from a sample of its cells: the first format that reads at least
 * {@value #MIN_SHARE_PERCENT}% of them wins. Excel serials are only considered where the caller allows, since any
 * column of numbers between 61 and 2958466 would otherwise pass for dates.
 */
final class TimeFormatSniffer {

    static final int MIN_SHARE_PERCENT = 60;
    private static final Pattern EPOCH_SHAPE = Pattern.compile("\\d{9,19}(\\.\\d{1,9})?");

    private TimeFormatSniffer() {
    }

    /** The column's format, or null when the cells are not times. */
    static TimeFormat sniff(List<String> cells, LocalTimes localTimes, NumberStyle numbers, boolean allowExcel) {
        List<String> present = cells.stream().map(String::strip).filter(cell -> !isMissing(cell)).toList();
        if (present.isEmpty()) {
            return null;
        }
        TimeFormat iso = new IsoTimeFormat(localTimes);
        if (readsMost(iso, present)) {
            return iso;
        }
        EpochTimeFormat.Unit unit = epochUnit(present.get(0));
        if (unit != null && readsMost(new EpochTimeFormat(unit), present)) {
            return new EpochTimeFormat(unit);
        }
        NumericDateTimeFormat.Order order = dateOrder(present);
        if (order != null && readsMost(new NumericDateTimeFormat(order, localTimes), present)) {
            return new NumericDateTimeFormat(order, localTimes);
        }
        TimeFormat excel = new ExcelSerialTimeFormat(numbers, localTimes);
        return allowExcel && readsMost(excel, present) ? excel : null;
    }

    /** Whether one cell could be a time in a format recognisable without context (not an Excel serial). */
    static boolean looksLikeTime(String cell, LocalTimes probe) {
        String text = cell.strip();
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return new IsoTimeFormat(probe).toEpochMillis(bytes, 0, bytes.length) != TimeFormat.NOT_A_TIME
                || epochUnit(text) != null
                || NumericDateTimeFormat.SHAPE.matcher(text).matches();
    }

    static EpochTimeFormat.Unit epochUnit(String cell) {
        if (!EPOCH_SHAPE.matcher(cell).matches()) {
            return null;
        }
        return EpochTimeFormat.unitOf(Double.parseDouble(cell));
    }

    /**
     * Day first or month first, from the values: a first number above 12 means day first, a second above 12 month
     * first; a 12-hour clock or a slash with no other hint means the US order, a full stop the European one.
     */
    static NumericDateTimeFormat.Order dateOrder(List<String> cells) {
        return dateOrder(cells, false);
    }

    /**
     * True when nothing in the cells tells day from month and the separator is not the European full stop: then
     * day first is a guess the user should hear about.
     */
    static boolean dayFirstIsAGuess(List<String> cells) {
        return dateOrder(cells, true) == null;
    }

    /** @param guessAsNull return null instead of the default order when the cells give no hint */
    private static NumericDateTimeFormat.Order dateOrder(List<String> cells, boolean guessAsNull) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        boolean twelveHour = false;
        boolean slash = false;
        boolean any = false;
        for (String cell : cells) {
            Matcher match = NumericDateTimeFormat.SHAPE.matcher(cell);
            if (!match.matches()) {
                continue;
            }
            any = true;
            if (match.group(1).length() == 4) {
                return NumericDateTimeFormat.Order.YEAR_MONTH_DAY;
            }
            dayFirst |= Integer.parseInt(match.group(1)) > 12;
            monthFirst |= Integer.parseInt(match.group(3)) > 12;
            twelveHour |= match.group(9) != null;
            slash |= match.group(2).equals("/");
        }
        if (!any || (dayFirst && monthFirst)) {
            return null;
        }
        if (dayFirst) {
            return NumericDateTimeFormat.Order.DAY_MONTH_YEAR;
        }
        if (monthFirst || (slash && twelveHour)) {
            return NumericDateTimeFormat.Order.MONTH_DAY_YEAR;
        }
        return guessAsNull && slash ? null : NumericDateTimeFormat.Order.DAY_MONTH_YEAR;
    }

    private static boolean readsMost(TimeFormat format, List<String> cells) {
        int read = 0;
        for (String cell : cells) {
            byte[] bytes = cell.getBytes(StandardCharsets.UTF_8);
            if (format.toEpochMillis(bytes, 0, bytes.length) != TimeFormat.NOT_A_TIME) {
                read++;
            }
        }
        return read * 100 >= cells.size() * MIN_SHARE_PERCENT;
    }

    private static boolean isMissing(String cell) {
        return MissingWords.isMissing(cell.toLowerCase(Locale.ROOT));
    }
}
