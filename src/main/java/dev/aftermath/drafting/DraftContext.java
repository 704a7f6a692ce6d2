package dev.aftermath.drafting;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.analysis.DurationWords;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** What every drafted paragraph needs: the incident, its milestones, and how to write times and sources. */
final class DraftContext {

    private final Incident incident;
    private final IncidentMilestones milestones;
    private final DraftSources sources;
    private final boolean withSeconds;

    DraftContext(Incident incident) {
        this.incident = incident;
        this.milestones = IncidentMilestones.of(incident);
        this.sources = new DraftSources(incident);
        this.withSeconds = incident.entries().stream().map(TimelineEntry::at).anyMatch(DraftContext::hasSeconds)
                || incident.pinnedMilestones().values().stream().anyMatch(DraftContext::hasSeconds);
    }

    Incident incident() {
        return incident;
    }

    Optional<MilestoneValue> milestone(Milestone milestone) {
        return Optional.ofNullable(milestones.effective().get(milestone));
    }

    IncidentMilestones milestones() {
        return milestones;
    }

    DraftSources sources() {
        return sources;
    }

    /** Fresh for each paragraph, so that its first time carries the date. */
    DraftTimes times() {
        return new DraftTimes(incident.zone(), withSeconds);
    }

    /** The milestone's time with the date, "about 07:00 UTC" when it comes from an approximate entry. */
    String full(DraftTimes times, MilestoneValue milestone) {
        return about(milestone) + times.full(milestone.at());
    }

    /** The milestone's time, with the date only when it is new to the reader. */
    String next(DraftTimes times, MilestoneValue milestone) {
        return about(milestone) + times.next(milestone.at());
    }

    private String about(MilestoneValue milestone) {
        boolean approximate = !milestone.pinned()
                && sources.entry(milestone.entryId()).map(TimelineEntry::approximate).orElse(false);
        return approximate ? "about " : "";
    }

    static String duration(Instant from, Instant to) {
        return DurationWords.of(Duration.between(from, to));
    }

    static String words(Milestone milestone) {
        String words = milestone.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean hasSeconds(Instant at) {
        return at.getEpochSecond() % 60 != 0 || at.getNano() != 0;
    }
}
