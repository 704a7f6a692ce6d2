package dev.aftermath.timeline;

/**
 * One tick of the time axis.
 *
 * @param label the time of day (or the date, when ticks are days)
 * @param dateLabel the date, on the first tick and on the first tick of each new day when ticks are finer than a
 *                  day; null otherwise
 */
public record Tick(long millis, double x, String label, String dateLabel) {
}
