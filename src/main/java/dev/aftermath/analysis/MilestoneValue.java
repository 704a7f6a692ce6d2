package dev.aftermath.analysis;

import dev.aftermath.model.Milestone;
import java.time.Instant;
import java.util.UUID;

/**
 * The instant a milestone happened and why we believe it.
 *
 * @param pinned true when the user chose the instant; false when it was derived from an entry
 * @param entryId the entry it was derived from, or null when pinned
 */
public record MilestoneValue(Milestone milestone, Instant at, boolean pinned, UUID entryId) {
}
