package dev.aftermath.store;

import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One line of the incident list, read without loading entries or metric points.
 *
 * @param start the earliest entry or pinned milestone, or null for an incident with neither
 * @param zone the incident's own zone, in which its times are shown
 * @param updatedAt when the incident was last saved
 */
public record IncidentSummary(UUID id, String title, Instant start, ZoneId zone, Severity severity,
                              ReviewStatus status, Instant updatedAt) {
}
