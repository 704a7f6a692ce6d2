package dev.aftermath.timeline;

import dev.aftermath.model.Milestone;

/** The stretches of an incident between its key milestones, each shaded as a band behind the timeline. */
public enum Phase {
    BEFORE_IMPACT("before impact", Milestone.TRIGGERED, Milestone.IMPACT_STARTED),
    UNDETECTED("undetected", Milestone.IMPACT_STARTED, Milestone.DETECTED),
    RESPONSE("response", Milestone.DETECTED, Milestone.MITIGATED),
    RECOVERY("recovery", Milestone.MITIGATED, Milestone.RESOLVED);

    private final String label;
    private final Milestone from;
    private final Milestone until;

    Phase(String label, Milestone from, Milestone until) {
        this.label = label;
        this.from = from;
        this.until = until;
    }

    public String label() {
        return label;
    }

    public Milestone from() {
        return from;
    }

    public Milestone until() {
        return until;
    }
}
