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
import java.util.Optional;

/** Checks a timeline for what usually means a mistake: the findings a reviewer would otherwise make by hand. */
public final class TimelineChecks {

    /** How far outside the milestones an entry may lie before it looks like a wrong date. */
    static final Duration FAR_OUTSIDE = Duration.ofDays(1);

    /** The milestones that happen in this order; first communication may come at any point. */
    private static final List<Milestone> EXPECTED_ORDER = List.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED,
            Milestone.DETECTED, Milestone.ACKNOWLEDGED, Milestone.IDENTIFIED, Milestone.MITIGATED,
            Milestone.RESOLVED);
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

    private static void checkOrder(IncidentMilestones milestones, CheckTimes times, List<TimelineWarning> warnings) {
        MilestoneValue previous = null;
        for (Milestone milestone : EXPECTED_ORDER) {
            MilestoneValue current = milestones.effective().get(milestone);
            if (current == null) {
                continue;
            }
            if (previous != null && current.at().isBefore(previous.at())) {
                warnings.add(new TimelineWarning(Check.MILESTONES_OUT_OF_ORDER,
                        name(current.milestone()) + " (" + times.instant(current.at()) + ") comes before "
                                + name(previous.milestone()).toLowerCase(Locale.ROOT) + " ("
                                + times.instant(previous.at()) + ").",
                        current.entryId(), current.milestone()));
            } else {
                previous = current;
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
        if (resolved.isPresent() && lastImpact.isPresent() && lastImpact.get().at().isAfter(resolved.get())) {
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
