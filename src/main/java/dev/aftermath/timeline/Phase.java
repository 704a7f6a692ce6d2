package dev.aftermath.timeline;

/**
 * The stretches of an incident between its key milestones, each shaded as a band behind the timeline:
 * triggered to impact started, impact started to detected, detected to mitigated, mitigated to resolved, and an
 * impact that came back in that last stretch ({@link PhaseBands} says what stands in for a milestone that is
 * missing).
 */
public enum Phase {
    BEFORE_IMPACT("before impact"),
    UNDETECTED("undetected"),
    RESPONSE("response"),
    RECOVERY("recovery"),
    /** The impact back after the mitigation, until it was mitigated or resolved again; a colour of its own. */
    RECURRENCE("impact again");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
