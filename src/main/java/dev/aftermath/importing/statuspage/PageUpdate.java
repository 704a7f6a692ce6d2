package dev.aftermath.importing.statuspage;

import java.time.Instant;
import java.util.List;

/**
 * One update of a Statuspage incident.
 *
 * @param path where the update sits in the file, e.g. {@code $.incidents[0].incident_updates[2]}
 * @param id the Statuspage update id, or null in hand-made payloads
 * @param status the raw status word, or null
 * @param body the body as written: text with some HTML
 * @param at {@code display_at}, or {@code created_at} when the page gave no display time
 * @param affectedComponents component names, the "no components" placeholder already left out
 */
record PageUpdate(String path, String id, String status, String body, Instant at, List<String> affectedComponents) {

    PageUpdate {
        affectedComponents = List.copyOf(affectedComponents);
    }
}
