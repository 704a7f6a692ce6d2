package dev.aftermath.analysis;

import dev.aftermath.model.Milestone;

/** The durations reviews compare across incidents, each measured from IMPACT_STARTED to a milestone. */
public enum KeyDuration {
    TIME_TO_DETECT("timeToDetect", "time to detect", Milestone.DETECTED),
    TIME_TO_ACKNOWLEDGE("timeToAcknowledge", "time to acknowledge", Milestone.ACKNOWLEDGED),
    TIME_TO_IDENTIFY("timeToIdentify", "time to identify", Milestone.IDENTIFIED),
    TIME_TO_MITIGATE("timeToMitigate", "time to mitigate", Milestone.MITIGATED),
    TIME_TO_RESOLVE("timeToResolve", "time to resolve", Milestone.RESOLVED),
    COMMUNICATION_LAG("communicationLag", "communication lag", Milestone.FIRST_COMMUNICATION);

    private final String key;
    private final String label;
    private final Milestone until;

    KeyDuration(String key, String label, Milestone until) {
        this.key = key;
        this.label = label;
        this.until = until;
    }

    /** The name used in bundles and JSON output, e.g. {@code timeToDetect}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Milestone until() {
        return until;
    }
}
