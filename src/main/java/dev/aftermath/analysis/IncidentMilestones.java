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
 * latest, because an incident is only over when its last problem is. The end of an impact span ("down between
 * 07:30 and 09:15") is a resolution too.
 *
 * <p>A status-page post counts by its status word (identified for IDENTIFIED, monitoring for MITIGATED, resolved
 * for RESOLVED), but only where no entry tells that milestone: a post says when the page announced something,
 * which lags what happened, so "fully recovered at 09:15" in the report wins over the "Resolved" post at 09:25.
 * For the same reason a post's milestone that would come after a later milestone the entries tell (a "Monitoring"
 * post after the recovery) is left out.
 */
public final class IncidentMilestones {

    private final Map<Milestone, MilestoneValue> derived;
    private final Map<Milestone, MilestoneValue> effective;

    private IncidentMilestones(Map<Milestone, MilestoneValue> derived, Map<Milestone, MilestoneValue> effective) {
        this.derived = Collections.unmodifiableMap(derived);
        this.effective = Collections.unmodifiableMap(effective);
    }

    public static IncidentMilestones of(Incident incident) {
        Map<Milestone, MilestoneValue> told = new EnumMap<>(Milestone.class);
        Map<Milestone, MilestoneValue> posted = new EnumMap<>(Milestone.class);
        for (TimelineEntry entry : incident.entries()) {
            for (Milestone milestone : Milestone.values()) {
                if (tells(entry, milestone)) {
                    offer(told, milestone, entry.at(), entry);
                }
                if (posts(entry, milestone)) {
                    offer(posted, milestone, entry.at(), entry);
                }
            }
            if (entry.kind() == EntryKind.IMPACT_STARTED && entry.end() != null) {
                offer(told, Milestone.RESOLVED, entry.end(), entry);
            }
        }
        Map<Milestone, MilestoneValue> derived = new EnumMap<>(told);
        posted.forEach((milestone, value) -> {
            if (!told.containsKey(milestone) && !afterALaterToldMilestone(value, told)) {
                derived.put(milestone, value);
            }
        });
        Map<Milestone, MilestoneValue> effective = new EnumMap<>(derived);
        incident.pinnedMilestones().forEach((milestone, at) ->
                effective.put(milestone, new MilestoneValue(milestone, at, true, null)));
        return new IncidentMilestones(derived, effective);
    }

    private static void offer(Map<Milestone, MilestoneValue> values, Milestone milestone, Instant at,
                              TimelineEntry entry) {
        values.merge(milestone, new MilestoneValue(milestone, at, false, entry.id()),
                (current, candidate) -> preferred(milestone, current, candidate));
    }

    static boolean tells(TimelineEntry entry, Milestone milestone) {
        EntryKind kind = entry.kind();
        return switch (milestone) {
            case TRIGGERED -> kind == EntryKind.TRIGGER;
            case IMPACT_STARTED -> kind == EntryKind.IMPACT_STARTED;
            case DETECTED -> kind == EntryKind.DETECTED;
            case ACKNOWLEDGED -> kind == EntryKind.ACKNOWLEDGED;
            case IDENTIFIED -> kind == EntryKind.IDENTIFIED;
            case MITIGATED -> kind == EntryKind.MITIGATED;
            case RESOLVED -> kind == EntryKind.RESOLVED;
            case FIRST_COMMUNICATION -> kind == EntryKind.COMMUNICATION;
        };
    }

    static boolean posts(TimelineEntry entry, Milestone milestone) {
        PostStatus status = entry.status();
        return switch (milestone) {
            case IDENTIFIED -> status == PostStatus.IDENTIFIED;
            case MITIGATED -> status == PostStatus.MONITORING;
            case RESOLVED -> status == PostStatus.RESOLVED;
            default -> false;
        };
    }

    /** IDENTIFIED, MITIGATED and RESOLVED happen in this order; a post cannot put one after its successor. */
    private static boolean afterALaterToldMilestone(MilestoneValue value, Map<Milestone, MilestoneValue> told) {
        for (Milestone later : Milestone.values()) {
            boolean isLater = later.ordinal() > value.milestone().ordinal() && later != Milestone.FIRST_COMMUNICATION;
            if (isLater && told.containsKey(later) && told.get(later).at().isBefore(value.at())) {
                return true;
            }
        }
        return false;
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
