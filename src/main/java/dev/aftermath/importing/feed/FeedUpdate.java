package dev.aftermath.importing.feed;

import java.time.LocalTime;
import java.time.Month;

/**
 * One update inside a feed item's content: {@code <small>Jan 1, 00:30 UTC</small><strong>Identified</strong> - ...}.
 *
 * @param number 1 for the first update in the content (the newest), 2 for the next ...
 * @param dateText the text of the {@code <small>} element as printed, for messages
 * @param month null when the date could not be read
 * @param year the year when the page printed one, else null (the usual case)
 * @param zone the zone abbreviation or offset printed after the time, or "" when none
 * @param label the status label ("Identified", "Update"), or null when the update has none
 */
record FeedUpdate(int number, String dateText, Month month, int day, Integer year, LocalTime time, String zone,
                  String label, String bodyHtml) {

    boolean dateReadable() {
        return month != null;
    }
}
