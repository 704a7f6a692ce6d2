package dev.aftermath.model;

/** Where the written review stands; PUBLISHED documents are read-only until reopened. */
public enum ReviewStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
