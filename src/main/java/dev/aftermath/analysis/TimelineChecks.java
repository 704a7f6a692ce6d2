package dev.aftermath.analysis;

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

    private TimelineChecks() {
    }

    public static List<TimelineWarning> check(Incident incident) {
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        List<TimelineWarning> warnings = new ArrayList<>();
        checkOrder(milestones, warnings);
        if (!incident.entries().isEmpty() && milestones.at(Milestone.DETECTED).isEmpty()) {
            warnings.add(new TimelineWarning(TimelineWarning.Check.NO_DETECTION,
                    "No detection time: add a DETECTED entry or pin the milestone, so time to detect can be measured.",
                    null));
        }
        checkResolvedAfterImpact(incident, milestones, warnings);
        checkFarOutside(incident, milestones, warnings);
        return List.copyOf(warnings);
    }

    private static void checkOrder(IncidentMilestones milestones, List<TimelineWarning> warnings) {
        MilestoneValue previous = null;
        for (Milestone milestone : EXPECTED_ORDER) {
            MilestoneValue current = milestones.effective().get(milestone);
            if (current == null) {
                continue;
            }
            if (previous != null && current.at().isBefore(previous.at())) {
                warnings.add(new TimelineWarning(TimelineWarning.Check.MILESTONES_OUT_OF_ORDER,
                        name(current.milestone()) + " (" + current.at() + ") comes before "
                                + name(previous.milestone()) + " (" + previous.at() + ").",
                        current.entryId()));
            } else {
                previous = current;
            }
        }
    }

    private static void checkResolvedAfterImpact(Incident incident, IncidentMilestones milestones,
                                                 List<TimelineWarning> warnings) {
        Optional<Instant> resolved = milestones.at(Milestone.RESOLVED);
        Optional<TimelineEntry> lastImpact = incident.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.IMPACT_STARTED)
                .max(Comparator.comparing(TimelineEntry::at));
        if (resolved.isPresent() && lastImpact.isPresent() && lastImpact.get().at().isAfter(resolved.get())) {
            warnings.add(new TimelineWarning(TimelineWarning.Check.RESOLVED_BEFORE_IMPACT,
                    "Resolved at " + resolved.get() + " but impact started again at " + lastImpact.get().at() + ".",
                    lastImpact.get().id()));
        }
    }

    private static void checkFarOutside(Incident incident, IncidentMilestones milestones,
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
                warnings.add(new TimelineWarning(TimelineWarning.Check.ENTRY_FAR_OUTSIDE,
                        "Entry at " + entry.at() + " lies more than a day outside the incident's milestones"
                                + " (" + first.get() + " to " + last.get() + "): is its date right?",
                        entry.id()));
            }
        }
    }

    private static String name(Milestone milestone) {
        String words = milestone.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
