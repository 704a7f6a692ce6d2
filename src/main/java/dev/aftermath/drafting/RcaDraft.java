package dev.aftermath.drafting;

import java.util.List;

/**
 * What "Draft from timeline" writes: sentences that state facts of the timeline with their numbers and where each
 * came from. A part is "" (or empty) when the timeline holds no facts for it.
 *
 * @param summary one sentence: severity, affected services, the incident's window
 * @param impact the impact paragraph (duration, metric peaks against their baselines), then the detection one
 * @param narrative the milestones in time order, one sentence each, then what the timeline holds
 */
public record RcaDraft(String summary, String impact, List<String> narrative) {

    public RcaDraft {
        narrative = List.copyOf(narrative);
    }
}
