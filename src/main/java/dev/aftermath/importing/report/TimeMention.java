package dev.aftermath.importing.report;

/**
 * One timestamped statement's time: a moment, or a span when {@code until} is set.
 *
 * @param start where the mention starts in its line, including a date written right before it
 * @param end where it ends, including a date written right after it
 * @param date the date written for it (next to it or earlier in the line), or null when it carries the
 *             document's current date
 * @param untilDate the date written for the span's end, or null when the end is on the start's date
 * @param nextDay true when the line says the time is on the day after the current date
 */
public record TimeMention(int start, int end, ClockTime from, ClockTime until, CalendarDate date,
                          CalendarDate untilDate, boolean nextDay, boolean approximate) {
}
