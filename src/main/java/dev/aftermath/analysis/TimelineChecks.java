package dev.aftermath.analysis;

import dev.aftermath.analysis.TimelineWarning.Check;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks a timeline for what usually means a mistake: the findings a reviewer would otherwise make by hand. */
public final class TimelineChecks {

    /** How far outside the milestones an entry may lie before it looks like a wrong date. */
    static final Duration FAR_OUTSIDE = Duration.ofDays(1);

    private static final int QUOTED = 50;

    private TimelineChecks() {
    }

    public static List<TimelineWarning> check(Incident incident) {
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        CheckTimes times = new CheckTimes(incident.zone());
        List<TimelineWarning> warnings = new ArrayList<>();
        checkOrder(milestones, times, warnings);
        checkMissing(incident, milestones, warnings);
        checkResolvedAfterImpact(incident, milestones, times, warnings);
        checkFarOutside(incident, milestones, times, warnings);
        checkEntries(incident, times, warnings);
        warnings.addAll(ResolvedWhileDeparted.check(incident, milestones, times));
        return List.copyOf(warnings);
    }

    /**
     * Each milestone that comes before a milestone it cannot come before ({@link MilestoneOrder}: mitigating before
     * identifying, for one, is normal), named against the latest of those.
     */
    private static void checkOrder(IncidentMilestones milestones, CheckTimes times, List<TimelineWarning> warnings) {
        Map<Milestone, MilestoneValue> effective = milestones.effective();
        for (MilestoneValue current : effective.values()) {
            MilestoneValue latestOfThoseBefore = null;
            for (Milestone before : MilestoneOrder.comesAfter(current.milestone())) {
                MilestoneValue value = effective.get(before);
                if (value != null && value.at().isAfter(current.at())
                        && (latestOfThoseBefore == null || value.at().isAfter(latestOfThoseBefore.at()))) {
                    latestOfThoseBefore = value;
                }
            }
            if (latestOfThoseBefore != null) {
                warnings.add(new TimelineWarning(Check.MILESTONES_OUT_OF_ORDER,
                        name(current.milestone()) + " (" + times.instant(current.at()) + ") comes before "
                                + name(latestOfThoseBefore.milestone()).toLowerCase(Locale.ROOT) + " ("
                                + times.instant(latestOfThoseBefore.at()) + ").",
                        current.entryId(), current.milestone()));
            }
        }
    }

    private static void checkMissing(Incident incident, IncidentMilestones milestones,
                                     List<TimelineWarning> warnings) {
        if (incident.entries().isEmpty()) {
            return;
        }
        if (milestones.at(Milestone.IMPACT_STARTED).isEmpty()) {
            warnings.add(new TimelineWarning(Check.NO_IMPACT_START,
                    "No impact start: add an IMPACT_STARTED entry or pin the milestone, so durations can be measured.",
                    null, Milestone.IMPACT_STARTED));
        }
        if (milestones.at(Milestone.DETECTED).isEmpty()) {
            warnings.add(new TimelineWarning(Check.NO_DETECTION,
                    "No detection time: add a DETECTED entry or pin the milestone, so time to detect can be measured.",
                    null, Milestone.DETECTED));
        }
    }

    private static void checkResolvedAfterImpact(Incident incident, IncidentMilestones milestones, CheckTimes times,
                                                 List<TimelineWarning> warnings) {
        Optional<Instant> resolved = milestones.at(Milestone.RESOLVED);
        Optional<TimelineEntry> lastImpact = incident.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.IMPACT_STARTED)
                .max(Comparator.comparing(TimelineEntry::at));
        // An impact that only starts after the resolution is a milestone out of order, not a second impact.
        boolean startedBefore = milestones.at(Milestone.IMPACT_STARTED)
                .filter(start -> resolved.isPresent() && start.isBefore(resolved.get())).isPresent();
        if (startedBefore && lastImpact.isPresent() && lastImpact.get().at().isAfter(resolved.get())) {
            warnings.add(new TimelineWarning(Check.RESOLVED_BEFORE_IMPACT,
                    "Resolved at " + times.instant(resolved.get()) + " but impact started again at "
                            + times.instant(lastImpact.get().at()) + ".",
                    lastImpact.get().id()));
        }
    }

    private static void checkFarOutside(Incident incident, IncidentMilestones milestones, CheckTimes times,
                                        List<TimelineWarning> warnings) {
        Optional<Instant> first = milestones.effective().values().stream().map(MilestoneValue::at)
                .min(Instant::compareTo);
        Optional<Instant> last = milestones.effective().values().stream().map(MilestoneValue::at)
                .max(Instant::compareTo);
        if (first.isEmpty()) {
            return;
        }
        Instant earliestExpected = first.get().minus(FAR_OUTSIDE);
        Instant latestExpected = last.get().plus(FAR_OUTSIDE);
        for (TimelineEntry entry : incident.entries()) {
            if (entry.at().isBefore(earliestExpected) || entry.at().isAfter(latestExpected)) {
                warnings.add(new TimelineWarning(Check.ENTRY_FAR_OUTSIDE,
                        "Entry at " + times.instant(entry.at()) + " lies more than a day outside the incident's"
                                + " milestones (" + times.instant(first.get()) + " to " + times.instant(last.get())
                                + "): is its date right?",
                        entry.id()));
            }
        }
    }

    /** Entries nobody classified, and entries whose time the importer doubted when it read them. */
    private static void checkEntries(Incident incident, CheckTimes times, List<TimelineWarning> warnings) {
        for (TimelineEntry entry : incident.entries()) {
            if (entry.kind() == null && entry.status() == null) {
                warnings.add(new TimelineWarning(Check.ENTRY_WITHOUT_KIND,
                        "Entry at " + times.instant(entry.at()) + " (" + quote(entry.text()) + ") has no kind: "
                                + "classify it so that it counts for the milestones.",
                        entry.id()));
            }
            if (entry.provenance() != null && entry.provenance().doubt() != null) {
                warnings.add(new TimelineWarning(Check.DOUBTFUL_TIME,
                        "Time may be a typo (" + entry.provenance().describe() + "): " + entry.provenance().doubt()
                                + ". Edit the entry to correct or confirm it.",
                        entry.id()));
            }
        }
    }

    static String quote(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return "'" + (line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1) + "…") + "'";
    }

    static String name(Milestone milestone) {
        String words = milestone.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
