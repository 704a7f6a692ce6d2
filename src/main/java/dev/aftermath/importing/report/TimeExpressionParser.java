package dev.aftermath.importing.report;

import dev.aftermath.importing.pastedtext.PostDateParser;
import dev.aftermath.importing.text.MonthNames;
import dev.aftermath.importing.text.ZoneAbbreviations;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates and times written in one line of a report: "At 11:49 UTC on the 7th of November", "between
 * 07:30 - 09:15 UTC on 22nd November 2023", "2023-11-22 0733 UTC", "4:59pm", "9:37 AM PST", "6.57am", "the next
 * day". It only reads what is written; placing a mention on a date and in a zone is {@link ReportTimeline}'s job.
 *
 * <p>Every expression uses bounded quantifiers and works on a line of bounded length, so no input makes it
 * backtrack for long.
 */
public final class TimeExpressionParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String YEAR = "((?:19|20)\\d{2})(?![\\d:])";
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)" + YEAR.replace("(?![\\d:])", "")
            + "-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/" + YEAR);
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(" + MonthNames.PATTERN
            + ")\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:\\s{0,3},?\\s{0,3}" + YEAR + ")?", FLAGS);
    private static final Pattern DAY_FIRST = Pattern.compile("(?<![\\d:.])(?:\\bthe\\s{1,3})?(\\d{1,2})"
            + "(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(" + MonthNames.PATTERN + ")\\b\\.?(?:\\s{0,3},?\\s{0,3}"
            + YEAR + ")?", FLAGS);
    private static final Pattern NEXT_DAY = Pattern.compile(
            "\\b(?:the\\s{1,3})?(?:next|following)\\s{1,3}(?:day|morning|afternoon|evening|night)\\b", FLAGS);

    private static final Pattern CLOCK = Pattern.compile(
            "(?:(?<=\\dT)|(?<![\\p{L}\\d_:.]))(\\d{1,4})(?:([:.])(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?)?(?!\\d)");
    private static final Pattern MERIDIEM = Pattern.compile("\\s{0,2}([ap])\\.?\\s?m\\b\\.?", FLAGS);
    private static final Pattern ZONE = Pattern.compile("\\s{0,2}(Z\\b|[+-]\\d{2}:?\\d{2}\\b"
            + "|(?:UTC|GMT)(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?\\b|US/[A-Za-z]{3,12}\\b|[A-Z][a-z]{2,12}/[A-Za-z_]{3,20}\\b"
            + "|(?:Pacific|Eastern|Central|Mountain)(?:\\s[Tt]ime)?\\b|[A-Z]{2,5}\\b)");

    private static final Pattern RANGE_GAP = Pattern.compile(
            "\\s{0,3}(?:[-–—]|to|until|till|through|thru|and)\\s{0,3}(?:\u0001\\s{0,3},?\\s{0,3}(?:at\\s{1,3})?)?",
            FLAGS);
    private static final Pattern AND_GAP = Pattern.compile("\\s{0,3}and\\s.*", FLAGS);
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\b", FLAGS);
    private static final Pattern ALIAS_GAP = Pattern.compile("\\s{0,3}(?:/|\\(|or)\\s{0,3}", FLAGS);
    private static final Pattern DATE_BEFORE_GAP = Pattern.compile("\\s{0,3}(?:,|at|@|T)?\\s{0,3}(?:at\\s{1,3})?",
            FLAGS);
    private static final Pattern DATE_AFTER_GAP = Pattern.compile("\\s{0,3},?\\s{0,3}(?:on\\s{1,3})?", FLAGS);
    private static final Pattern APPROXIMATE = Pattern.compile("(?:around|approximately|approx\\.?|about|roughly"
            + "|circa|ca\\.|~|±|\\+/-|(?:shortly|just|sometime|some time) (?:after|before))\\s{0,3}(?:at\\s{1,3})?"
            + "(?:\\*\\*)?\\s{0,2}$", FLAGS);

    /** More dates or times than this in one line is not prose or a timeline; the rest of the line is ignored. */
    static final int MOST_PER_LINE = 300;

    private TimeExpressionParser() {
    }

    /** @param userZone the zone the user gave, or null; settles ambiguous zone abbreviations */
    public static LineTimes parse(String line, ZoneId userZone) {
        List<CalendarDate> dates = dates(line);
        List<ClockTime> clocks = clocks(line, dates, userZone);
        return new LineTimes(dates, mentions(line, dates, clocks));
    }

    static List<CalendarDate> dates(String line) {
        List<CalendarDate> dates = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(line);
        while (dates.size() < MOST_PER_LINE && iso.find()) {
            add(dates, iso.start(), iso.end(), iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher slash = SLASH_DATE.matcher(line);
        while (dates.size() < MOST_PER_LINE && slash.find()) {
            boolean dayFirst = Integer.parseInt(slash.group(1)) > 12;
            add(dates, slash.start(), slash.end(), slash.group(3), dayFirst ? slash.group(2) : slash.group(1),
                    dayFirst ? slash.group(1) : slash.group(2));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(line);
        while (dates.size() < MOST_PER_LINE && monthFirst.find()) {
            addNamed(dates, monthFirst.start(), monthFirst.end(), monthFirst.group(3), monthFirst.group(1),
                    monthFirst.group(2));
        }
        Matcher dayFirst = DAY_FIRST.matcher(line);
        while (dates.size() < MOST_PER_LINE && dayFirst.find()) {
            addNamed(dates, dayFirst.start(), dayFirst.end(), dayFirst.group(3), dayFirst.group(2),
                    dayFirst.group(1));
        }
        Matcher nextDay = NEXT_DAY.matcher(line);
        while (dates.size() < MOST_PER_LINE && nextDay.find()) {
            addIfFree(dates, CalendarDate.nextDay(nextDay.start(), nextDay.end()));
        }
        dates.sort(Comparator.comparingInt(CalendarDate::start));
        return dates;
    }

    private static void addNamed(List<CalendarDate> dates, int start, int end, String year, String monthName,
                                 String day) {
        MonthNames.month(monthName).ifPresent(month ->
                add(dates, start, end, year, Integer.toString(month.getValue()), day));
    }

    private static void add(List<CalendarDate> dates, int start, int end, String year, String month, String day) {
        int monthValue = Integer.parseInt(month);
        int dayValue = Integer.parseInt(day);
        if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) {
            return;
        }
        addIfFree(dates, new CalendarDate(start, end, year == null ? null : Integer.valueOf(year), monthValue,
                dayValue, false));
    }

    private static void addIfFree(List<CalendarDate> dates, CalendarDate candidate) {
        for (CalendarDate date : dates) {
            if (candidate.start() < date.end() && date.start() < candidate.end()) {
                return;
            }
        }
        dates.add(candidate);
    }

    private static List<ClockTime> clocks(String line, List<CalendarDate> dates, ZoneId userZone) {
        List<ClockTime> clocks = new ArrayList<>();
        Matcher matcher = CLOCK.matcher(line);
        while (clocks.size() < MOST_PER_LINE && matcher.find()) {
            if (overlapsDate(matcher.start(), matcher.end(), dates)) {
                continue;
            }
            clock(line, matcher, dates, userZone).ifPresent(clocks::add);
        }
        return clocks;
    }

    private static boolean overlapsDate(int start, int end, List<CalendarDate> dates) {
        for (CalendarDate date : dates) {
            if (start < date.end() && date.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static Optional<ClockTime> clock(String line, Matcher matcher, List<CalendarDate> dates,
                                             ZoneId userZone) {
        String digits = matcher.group(1);
        String separator = matcher.group(2);
        int position = matcher.end();
        Matcher meridiem = MERIDIEM.matcher(line).region(position, Math.min(line.length(), position + 8));
        String marker = null;
        if (meridiem.lookingAt()) {
            marker = meridiem.group(1);
            position = meridiem.end();
        }
        Matcher zoneMatcher = ZONE.matcher(line).region(position, Math.min(line.length(), position + 40));
        Optional<ZoneAbbreviations.Meaning> zone = Optional.empty();
        if (zoneMatcher.lookingAt()) {
            zone = ZoneAbbreviations.meaning(zoneMatcher.group(1), userZone);
            position = zone.isEmpty() ? position : zoneMatcher.end();
        }
        Optional<LocalTime> time = time(digits, separator, matcher.group(3), matcher.group(4), marker,
                zone.isPresent() || followsIsoDate(line, matcher.start(), dates));
        int start = matcher.start();
        int end = position;
        ZoneId written = zone.map(ZoneAbbreviations.Meaning::zone).orElse(null);
        String doubt = zone.map(ZoneAbbreviations.Meaning::doubt).orElse(null);
        return time.map(value -> new ClockTime(start, end, value, written, doubt));
    }

    private static Optional<LocalTime> time(String digits, String separator, String minutes, String seconds,
                                            String marker, boolean compactAllowed) {
        Optional<LocalTime> time;
        if (":".equals(separator)) {
            time = digits.length() > 2 ? Optional.empty() : PostDateParser.clock(digits, minutes, marker);
        } else if (".".equals(separator)) {
            time = digits.length() > 2 || marker == null ? Optional.empty()
                    : PostDateParser.clock(digits, minutes, marker);
        } else if (digits.length() <= 2) {
            time = marker == null ? Optional.empty() : PostDateParser.clock(digits, null, marker);
        } else {
            time = digits.length() == 4 && compactAllowed && marker == null
                    ? PostDateParser.clock(digits.substring(0, 2), digits.substring(2), null)
                    : Optional.empty();
        }
        if (time.isPresent() && seconds != null) {
            int second = Integer.parseInt(seconds);
            time = second > 59 ? Optional.empty() : Optional.of(time.get().withSecond(second));
        }
        return time;
    }

    private static boolean followsIsoDate(String line, int start, List<CalendarDate> dates) {
        for (CalendarDate date : dates) {
            if (date.end() <= start && start - date.end() <= 2 && date.year() != null
                    && line.substring(date.end(), start).matches("[ T]{1,2}")) {
                return true;
            }
        }
        return false;
    }

    private static List<TimeMention> mentions(String line, List<CalendarDate> dates, List<ClockTime> clocks) {
        List<TimeMention> mentions = new ArrayList<>();
        int index = 0;
        while (index < clocks.size()) {
            ClockTime from = clocks.get(index);
            ClockTime until = null;
            int last = skipAliases(line, clocks, index, dates);
            if (last + 1 < clocks.size() && isRange(line, clocks.get(last), clocks.get(last + 1), dates)) {
                until = clocks.get(last + 1);
                last = skipAliases(line, clocks, last + 1, dates);
            }
            mentions.add(mention(line, dates, from, until));
            index = last + 1;
        }
        return mentions;
    }

    private static boolean isRange(String line, ClockTime from, ClockTime to, List<CalendarDate> dates) {
        String gap = masked(line, from.end(), to.start(), dates);
        if (!RANGE_GAP.matcher(gap).matches()) {
            return false;
        }
        if (!AND_GAP.matcher(gap + " ").matches()) {
            return true;
        }
        int lookBack = Math.max(0, from.start() - 80);
        return BETWEEN.matcher(line.substring(lookBack, from.start())).find();
    }

    /**
     * "16:20 UTC / 8:20 PT" and "12:08 PM PT (20:08 UTC)" name one moment twice: the index of the last name of the
     * moment at {@code first}.
     */
    private static int skipAliases(String line, List<ClockTime> clocks, int first, List<CalendarDate> dates) {
        int current = first;
        while (current + 1 < clocks.size() && ALIAS_GAP.matcher(
                masked(line, clocks.get(current).end(), clocks.get(current + 1).start(), dates)).matches()) {
            current++;
        }
        return current;
    }

    /** The text between two positions, with every date in it replaced by one marker character. */
    private static String masked(String line, int from, int to, List<CalendarDate> dates) {
        if (to - from > 120 || to < from) {
            return "\u0002";
        }
        StringBuilder gap = new StringBuilder();
        int position = from;
        for (CalendarDate date : dates) {
            if (date.start() >= from && date.end() <= to && !date.nextDay()) {
                gap.append(line, position, date.start()).append('\u0001');
                position = date.end();
            }
        }
        return gap.append(line, position, to).toString();
    }

    private static TimeMention mention(String line, List<CalendarDate> dates, ClockTime from, ClockTime until) {
        int end = until == null ? from.end() : until.end();
        CalendarDate before = immediateDateBefore(line, dates, from.start());
        CalendarDate after = before == null ? immediateDateAfter(line, dates, end) : null;
        CalendarDate date = before != null ? before : after != null ? after : lastDateBefore(dates, from.start());
        CalendarDate untilDate = until == null ? null : immediateDateBefore(line, dates, until.start());
        if (untilDate != null && untilDate.end() <= from.end()) {
            untilDate = null;
        }
        boolean nextDay = date != null && date.nextDay();
        int start = before != null ? before.start() : from.start();
        return new TimeMention(start, after != null ? after.end() : end, from, until,
                nextDay ? null : date, untilDate, nextDay, approximate(line, start));
    }

    private static CalendarDate immediateDateBefore(String line, List<CalendarDate> dates, int start) {
        for (CalendarDate date : dates) {
            if (date.end() <= start && !date.nextDay() && start - date.end() <= 12
                    && DATE_BEFORE_GAP.matcher(line.substring(date.end(), start)).matches()) {
                return date;
            }
        }
        return null;
    }

    private static CalendarDate immediateDateAfter(String line, List<CalendarDate> dates, int end) {
        for (CalendarDate date : dates) {
            if (date.start() >= end && !date.nextDay() && date.start() - end <= 12
                    && DATE_AFTER_GAP.matcher(line.substring(end, date.start())).matches()) {
                return date;
            }
        }
        return null;
    }

    private static CalendarDate lastDateBefore(List<CalendarDate> dates, int start) {
        CalendarDate last = null;
        for (CalendarDate date : dates) {
            if (date.end() <= start) {
                last = date;
            }
        }
        return last;
    }

    private static boolean approximate(String line, int start) {
        String before = line.substring(Math.max(0, start - 40), start);
        return APPROXIMATE.matcher(before).find();
    }
}
