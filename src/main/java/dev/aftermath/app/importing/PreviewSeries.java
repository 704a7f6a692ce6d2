package dev.aftermath.app.importing;

/**
 * A metric series as the import preview lists it.
 *
 * @param name the series' name, with its unit when it has one
 * @param points how many points it holds, gaps included
 * @param range its first and last time in the preview's zone
 * @param sparkline its picture, computed in the background with the parsing
 */
public record PreviewSeries(String name, int points, String range, Sparkline sparkline) {
}
