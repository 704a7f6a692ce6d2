package dev.aftermath.importing.report;

import java.time.Instant;

/**
 * A timestamped statement read from a report, placed in UTC but not yet classified.
 *
 * @param line 1-based
 * @param index the statement's position among those of its line, from 0
 * @param clause the part of the text that tells what happened at that time, for classification
 * @param doubt why the time may be wrong (also given as an import warning), or null
 */
public record Statement(int line, int index, Instant at, Instant end, String text, String clause,
                        boolean approximate, String doubt) {
}
