package dev.aftermath.analysis;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The effective milestones of an incident: derived from its entries, overridden by what the user pinned.
 *
 * <p>Derivation: each milestone takes the earliest entry of its kind (TRIGGER, IMPACT_STARTED, DETECTED,
 * ACKNOWLEDGED, IDENTIFIED, MITIGATED, COMMUNICATION for the first communication), except RESOLVED, which takes the
 * latest, because an incident is only over when its last problem is. A status-page post also counts by its status
 * word: identified for IDENTIFIED, monitoring for MITIGATED, resolved for RESOLVED.
 */
public final class IncidentMilestones {

    private final Map<Milestone, MilestoneValue> derived;
    private final Map<Milestone, MilestoneValue> effective;

    private IncidentMilestones(Map<Milestone, MilestoneValue> derived, Map<Milestone, MilestoneValue> effective) {
        this.derived = Collections.unmodifiableMap(derived);
        this.effective = Collections.unmodifiableMap(effective);
    }

    public static IncidentMilestones of(Incident incident) {
        Map<Milestone, MilestoneValue> derived = new EnumMap<>(Milestone.class);
        for (TimelineEntry entry : incident.entries()) {
            for (Milestone milestone : Milestone.values()) {
                if (signals(entry, milestone)) {
                    derived.merge(milestone, new MilestoneValue(milestone, entry.at(), false, entry.id()),
                            (current, candidate) -> preferred(milestone, current, candidate));
                }
            }
        }
        Map<Milestone, MilestoneValue> effective = new EnumMap<>(derived);
        incident.pinnedMilestones().forEach((milestone, at) ->
                effective.put(milestone, new MilestoneValue(milestone, at, true, null)));
        return new IncidentMilestones(derived, effective);
    }

    static boolean signals(TimelineEntry entry, Milestone milestone) {
        EntryKind kind = entry.kind();
        PostStatus status = entry.status();
        return switch (milestone) {
            case TRIGGERED -> kind == EntryKind.TRIGGER;
            case IMPACT_STARTED -> kind == EntryKind.IMPACT_STARTED;
            case DETECTED -> kind == EntryKind.DETECTED;
            case ACKNOWLEDGED -> kind == EntryKind.ACKNOWLEDGED;
            case IDENTIFIED -> kind == EntryKind.IDENTIFIED || status == PostStatus.IDENTIFIED;
            case MITIGATED -> kind == EntryKind.MITIGATED || status == PostStatus.MONITORING;
            case RESOLVED -> kind == EntryKind.RESOLVED || status == PostStatus.RESOLVED;
            case FIRST_COMMUNICATION -> kind == EntryKind.COMMUNICATION;
        };
    }

    private static MilestoneValue preferred(Milestone milestone, MilestoneValue current, MilestoneValue candidate) {
        boolean candidateIsLater = candidate.at().isAfter(current.at());
        boolean wantLatest = milestone == Milestone.RESOLVED;
        return candidateIsLater == wantLatest && !candidate.at().equals(current.at()) ? candidate : current;
    }

    /** Effective values: pinned where pinned, derived otherwise. */
    public Map<Milestone, MilestoneValue> effective() {
        return effective;
    }

    /** What the entries alone say, ignoring pins; shown beside a pinned value so the user sees what it overrides. */
    public Map<Milestone, MilestoneValue> derived() {
        return derived;
    }

    public Optional<Instant> at(Milestone milestone) {
        return Optional.ofNullable(effective.get(milestone)).map(MilestoneValue::at);
    }

    public Optional<Duration> duration(KeyDuration key) {
        Optional<Instant> start = at(Milestone.IMPACT_STARTED);
        Optional<Instant> end = at(key.until());
        return start.isPresent() && end.isPresent()
                ? Optional.of(Duration.between(start.get(), end.get()))
                : Optional.empty();
    }

    /** Every key duration whose two ends are known, in declaration order. */
    public Map<KeyDuration, Duration> durations() {
        Map<KeyDuration, Duration> durations = new EnumMap<>(KeyDuration.class);
        for (KeyDuration key : KeyDuration.values()) {
            duration(key).ifPresent(value -> durations.put(key, value));
        }
        return Collections.unmodifiableMap(durations);
    }

    /** The incident's start for lists and sorting: the earliest effective milestone or entry, if any. */
    public static Optional<Instant> start(Incident incident) {
        Optional<Instant> firstEntry = incident.entries().stream().map(TimelineEntry::at).min(Instant::compareTo);
        Optional<Instant> firstPin = incident.pinnedMilestones().values().stream().min(Instant::compareTo);
        return firstEntry.isEmpty() ? firstPin
                : firstPin.isEmpty() ? firstEntry
                : Optional.of(firstEntry.get().isBefore(firstPin.get()) ? firstEntry.get() : firstPin.get());
    }
}
