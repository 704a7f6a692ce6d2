package dev.aftermath.model;

/** What an action item is for: prevent a recurrence, detect sooner, mitigate faster, or fix the process. */
public enum ActionType {
    PREVENT, DETECT, MITIGATE, PROCESS
}
