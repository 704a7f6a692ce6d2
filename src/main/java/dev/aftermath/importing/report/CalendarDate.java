package dev.aftermath.importing.report;

/**
 * A date as written in a line, and where.
 *
 * @param year null when the text leaves it out ("the 7th of November")
 * @param nextDay true for "the next day" or "the following morning": no date of its own, the day after the one
 *                before it (month and day are 0)
 */
public record CalendarDate(int start, int end, Integer year, int month, int day, boolean nextDay) {

    static CalendarDate nextDay(int start, int end) {
        return new CalendarDate(start, end, null, 0, 0, true);
    }
}
