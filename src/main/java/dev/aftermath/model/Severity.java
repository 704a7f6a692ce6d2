package dev.aftermath.model;

/** How bad an incident was; SEV1 is the worst. An incident with no severity yet holds {@code null}. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4
}
