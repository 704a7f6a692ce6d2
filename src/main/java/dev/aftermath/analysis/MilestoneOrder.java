package dev.aftermath.analysis;

import dev.aftermath.model.Milestone;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which milestones cannot come before which: the orders the milestones' own meanings rule out, and so point at a
 * wrong time or a wrong kind. Real incidents do not run through the milestones in a line, so only these count:
 * <ul>
 *   <li>Nothing of the incident comes before its trigger.</li>
 *   <li>Nobody detects, takes on or understands an incident before its impact starts, and nothing stops or ends
 *       before it started. (Detection before impact is how a near miss looks; in an incident with impact it
 *       usually means the impact began earlier than anyone knew.)</li>
 *   <li>Nobody acknowledges or identifies what nobody has noticed: both come after detection.</li>
 *   <li>The impact is contained before everything is back to normal: mitigation comes before resolution.</li>
 * </ul>
 * Orders that are normal and not flagged: mitigated before identified (stop the bleeding first, understand it
 * later); identified or mitigated before acknowledged (the person whose change broke it rolls it back before the
 * page is taken); mitigated or resolved before detected (a failover or autoscaling healed it, and people found it
 * afterwards); identified, acknowledged or detected after resolved (the cause found in the investigation, an
 * incident noticed only once it was over); the first communication at any point.
 */
final class MilestoneOrder {

    private static final Map<Milestone, Set<Milestone>> COMES_AFTER = new EnumMap<>(Milestone.class);

    static {
        COMES_AFTER.put(Milestone.IMPACT_STARTED, EnumSet.of(Milestone.TRIGGERED));
        COMES_AFTER.put(Milestone.DETECTED, EnumSet.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED));
        COMES_AFTER.put(Milestone.ACKNOWLEDGED, EnumSet.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED,
                Milestone.DETECTED));
        COMES_AFTER.put(Milestone.IDENTIFIED, EnumSet.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED,
                Milestone.DETECTED));
        COMES_AFTER.put(Milestone.MITIGATED, EnumSet.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED));
        COMES_AFTER.put(Milestone.RESOLVED, EnumSet.of(Milestone.TRIGGERED, Milestone.IMPACT_STARTED,
                Milestone.MITIGATED));
    }

    private MilestoneOrder() {
    }

    /** The milestones that {@code milestone} cannot come before; empty for the trigger and first communication. */
    static Set<Milestone> comesAfter(Milestone milestone) {
        return Collections.unmodifiableSet(COMES_AFTER.getOrDefault(milestone, EnumSet.noneOf(Milestone.class)));
    }
}
