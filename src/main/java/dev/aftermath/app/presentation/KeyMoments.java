package dev.aftermath.app.presentation;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.PreparedTimeline;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The entries a short presentation steps through: those the user marked as key moments, or, until anyone has,
 * the entries the milestones come from (the first detection, the mitigation, ...).
 */
final class KeyMoments {

    private KeyMoments() {
    }

    static List<TimelineEntry> of(PreparedTimeline timeline) {
        List<TimelineEntry> entries = timeline.incident().entries();
        List<TimelineEntry> marked = entries.stream().filter(TimelineEntry::pinned).toList();
        if (!marked.isEmpty()) {
            return marked;
        }
        Set<UUID> behindMilestones = timeline.milestones().effective().values().stream()
                .map(MilestoneValue::entryId).filter(id -> id != null).collect(Collectors.toSet());
        return entries.stream().filter(entry -> behindMilestones.contains(entry.id())).toList();
    }
}
