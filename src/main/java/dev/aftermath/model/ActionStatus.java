package dev.aftermath.model;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, WONT_DO
}
