package dev.aftermath.model;

/** The key moments of an incident, in the order they are expected to happen. */
public enum Milestone {
    TRIGGERED, IMPACT_STARTED, DETECTED, ACKNOWLEDGED, IDENTIFIED, MITIGATED, RESOLVED, FIRST_COMMUNICATION
}
