package dev.aftermath.workspace;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Adds what one import found to an incident without overwriting what the user wrote: entries and series are added
 * (the same id replaces, so importing a file twice changes nothing), empty texts are filled, list items appended,
 * a severity or pin taken only where there is none.
 */
final class IncidentMerge {

    private IncidentMerge() {
    }

    static Incident merge(Incident target, Incident found) {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        pins.putAll(found.pinnedMilestones());
        pins.putAll(target.pinnedMilestones());
        return target
                .withSeverity(target.severity() != null ? target.severity() : found.severity())
                .withAffected(union(target.affected(), found.affected()))
                .withEntries(byId(target.entries(), found.entries(), TimelineEntry::id))
                .withSeries(byId(target.series(), found.series(), MetricSeries::id))
                .withRca(merge(target.rca(), found.rca()))
                .withPinnedMilestones(pins);
    }

    private static RcaDocument merge(RcaDocument target, RcaDocument found) {
        return new RcaDocument(
                fill(target.summary(), found.summary()),
                fill(target.impact(), found.impact()),
                fill(target.rootCause(), found.rootCause()),
                union(target.contributingFactors(), found.contributingFactors()),
                union(target.wentWell(), found.wentWell()),
                union(target.couldBeBetter(), found.couldBeBetter()),
                union(target.gotLucky(), found.gotLucky()),
                union(target.lessons(), found.lessons()),
                byId(target.actionItems(), found.actionItems(), ActionItem::id));
    }

    private static String fill(String current, String found) {
        return current.isBlank() ? found : current;
    }

    private static List<String> union(List<String> current, List<String> found) {
        LinkedHashSet<String> all = new LinkedHashSet<>(current);
        all.addAll(found);
        return new ArrayList<>(all);
    }

    private static <T> List<T> byId(List<T> current, List<T> found, Function<T, UUID> id) {
        Map<UUID, T> all = new LinkedHashMap<>();
        current.forEach(item -> all.put(id.apply(item), item));
        found.forEach(item -> all.put(id.apply(item), item));
        return new ArrayList<>(all.values());
    }
}
