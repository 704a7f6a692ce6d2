package dev.aftermath.importing.statuspage;

import java.time.ZoneId;
import java.util.List;

/**
 * What a Statuspage JSON file holds, whichever endpoint it came from.
 *
 * @param pageZone the page's {@code time_zone}, or null when the payload does not say (webhooks, single incidents)
 */
record StatuspagePayload(ZoneId pageZone, List<PageIncident> incidents) {

    StatuspagePayload {
        incidents = List.copyOf(incidents);
    }
}
