package dev.aftermath.app.incidents;

import dev.aftermath.model.Milestone;
import java.time.Instant;

/**
 * One line of the milestones panel.
 *
 * @param at the effective instant, or null when the milestone is unknown
 * @param derivedTime what the entries say, shown beside a pinned value; "" when they say nothing
 */
public record MilestoneRow(Milestone milestone, String name, Instant at, String time, boolean pinned,
                           String derivedTime) {
}
