package dev.aftermath.model;

/** What a timeline entry tells about the incident; milestones are derived from these kinds. */
public enum EntryKind {
    TRIGGER, IMPACT_STARTED, DETECTED, ACKNOWLEDGED, ESCALATED, COMMUNICATION, IDENTIFIED, ACTION, MITIGATED,
    RESOLVED, NOTE
}
