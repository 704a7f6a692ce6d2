package dev.aftermath.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * An incident and everything known about it. Immutable: every change makes a new value, which is what lets edits
 * be undone and lets the store save a consistent snapshot from any thread. Entries are kept in time order.
 *
 * @param severity null while unassessed
 * @param zone the zone times are shown in; every instant is UTC
 * @param pinnedMilestones instants the user chose for milestones; they win over derived ones
 */
public record Incident(UUID id, String title, Severity severity, ReviewStatus status, ZoneId zone,
                       List<String> affected, List<TimelineEntry> entries, List<MetricSeries> series,
                       RcaDocument rca, Map<Milestone, Instant> pinnedMilestones) {

    /** Shown as "UTC" rather than the offset's "Z", which users would not recognise as a zone. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    public static final Comparator<TimelineEntry> TIME_ORDER =
            Comparator.comparing(TimelineEntry::at).thenComparing(entry -> entry.id().toString());

    public Incident {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        status = status == null ? ReviewStatus.DRAFT : status;
        zone = zone == null || zone.equals(ZoneOffset.UTC) ? UTC : zone;
        affected = affected == null ? List.of() : List.copyOf(affected);
        entries = entries == null ? List.of() : entries.stream().sorted(TIME_ORDER).toList();
        series = series == null ? List.of() : List.copyOf(series);
        rca = rca == null ? RcaDocument.EMPTY : rca;
        pinnedMilestones = pinnedMilestones == null || pinnedMilestones.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(pinnedMilestones));
    }

    public static Incident create(String title, ZoneId zone) {
        return new Incident(UUID.randomUUID(), title, null, ReviewStatus.DRAFT, zone, List.of(), List.of(),
                List.of(), RcaDocument.EMPTY, Map.of());
    }

    public Incident withTitle(String newTitle) {
        return new Incident(id, newTitle, severity, status, zone, affected, entries, series, rca, pinnedMilestones);
    }

    public Incident withSeverity(Severity newSeverity) {
        return new Incident(id, title, newSeverity, status, zone, affected, entries, series, rca, pinnedMilestones);
    }

    public Incident withStatus(ReviewStatus newStatus) {
        return new Incident(id, title, severity, newStatus, zone, affected, entries, series, rca, pinnedMilestones);
    }

    public Incident withZone(ZoneId newZone) {
        return new Incident(id, title, severity, status, newZone, affected, entries, series, rca, pinnedMilestones);
    }

    public Incident withAffected(List<String> newAffected) {
        return new Incident(id, title, severity, status, zone, newAffected, entries, series, rca, pinnedMilestones);
    }

    public Incident withEntries(List<TimelineEntry> newEntries) {
        return new Incident(id, title, severity, status, zone, affected, newEntries, series, rca, pinnedMilestones);
    }

    public Incident withSeries(List<MetricSeries> newSeries) {
        return new Incident(id, title, severity, status, zone, affected, entries, newSeries, rca, pinnedMilestones);
    }

    public Incident withRca(RcaDocument newRca) {
        return new Incident(id, title, severity, status, zone, affected, entries, series, newRca, pinnedMilestones);
    }

    public Incident withPinnedMilestones(Map<Milestone, Instant> newPinned) {
        return new Incident(id, title, severity, status, zone, affected, entries, series, rca, newPinned);
    }

    public Incident withPin(Milestone milestone, Instant at) {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        pins.putAll(pinnedMilestones);
        if (at == null) {
            pins.remove(milestone);
        } else {
            pins.put(milestone, at);
        }
        return withPinnedMilestones(pins);
    }

    public Incident withEntry(TimelineEntry entry) {
        List<TimelineEntry> updated = new java.util.ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (TimelineEntry existing : entries) {
            if (existing.id().equals(entry.id())) {
                updated.add(entry);
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(entry);
        }
        return withEntries(updated);
    }

    public Incident withoutEntry(UUID entryId) {
        return withEntries(entries.stream().filter(entry -> !entry.id().equals(entryId)).toList());
    }

    public Incident mapSeries(UUID seriesId, UnaryOperator<MetricSeries> change) {
        return withSeries(series.stream()
                .map(one -> one.id().equals(seriesId) ? change.apply(one) : one)
                .toList());
    }

    public Incident mapEntry(UUID entryId, UnaryOperator<TimelineEntry> change) {
        return withEntries(entries.stream()
                .map(entry -> entry.id().equals(entryId) ? change.apply(entry) : entry)
                .toList());
    }
}
