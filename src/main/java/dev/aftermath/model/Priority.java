package dev.aftermath.model;

/** Action item priority; P1 is the most urgent. */
public enum Priority {
    P1, P2, P3
}
