package dev.aftermath.importing.statuspage;

import java.time.Instant;
import java.util.List;

/**
 * One incident as a Statuspage payload holds it, times already in UTC.
 *
 * @param path where the incident object sits in the file, e.g. {@code $.incidents[0]}
 * @param id the Statuspage incident id, or null in hand-made payloads
 * @param impact the raw impact word ({@code impact_override} wins over {@code impact}), or null
 * @param startedAt when the impact began as the page states it, or null (old payloads have no such field)
 * @param postmortem the published postmortem, or null
 * @param components names from the incident's own {@code components} list, in file order
 * @param updates in file order (newest first), repeats included
 */
record PageIncident(String path, String id, String name, String impact, Instant startedAt, PageUpdate postmortem,
                    List<String> components, List<PageUpdate> updates) {

    PageIncident {
        components = List.copyOf(components);
        updates = List.copyOf(updates);
    }
}
