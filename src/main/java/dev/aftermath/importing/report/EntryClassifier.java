package dev.aftermath.importing.report;

import dev.aftermath.model.EntryKind;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a report's statement its kind from its wording, by an ordered list of phrase rules: the first rule whose
 * phrase occurs wins, so a rule listed earlier is the more telling one ("alerted when errors started" is a
 * detection, not the impact). A change (merged, shipped, deployed) is the trigger when it came before the impact,
 * and a response action after it; a span with no telling wording is an impact window.
 */
public final class EntryClassifier {

    /**
     * @param kind what the phrase tells, or null for a change, whose kind depends on when it happened
     */
    public record PhraseRule(String name, Pattern wording, EntryKind kind) {

        boolean isChange() {
            return kind == null;
        }
    }

    public static final PhraseRule DEFAULT = new PhraseRule("no telling phrase", Pattern.compile(""), EntryKind.NOTE);

    public static final List<PhraseRule> RULES = List.of(
            rule("status communication", "status ?page|statuspage|(posted|published) an? (update|notice)"
                    + "|notified (our )?customers|customers were notified|tweeted|public (update|notice)",
                    EntryKind.COMMUNICATION),
            rule("partial recovery", "partial(ly)? (recovered|restored)|recovering|(began|started) to recover",
                    EntryKind.MITIGATED),
            rule("recovery", "fully (recovered|resolved|restored|operational)|\\bresolved\\b|\\brecovered\\b"
                    + "|(incident|outage) ends|back to normal|(errors|impact|outage) (stopped|ended|ceased)"
                    + "|all clear|operating normally|working (normally|as expected)|\\brestored\\b",
                    EntryKind.RESOLVED),
            rule("alert", "paging alarms? fired|alarms? (fired|triggered|went off)|alerts? (fired|triggered)"
                    + "|alerted|\\bpaged\\b|pages? (fired|went out)|\\bdetected\\b|\\bnoticed\\b"
                    + "|first (customer )?reports?|customers? reported|reports of", EntryKind.DETECTED),
            rule("escalation", "incident commander|escalat|declared an? incident|incident was declared"
                    + "|(was|were) brought in|\\bengag|war room", EntryKind.ESCALATED),
            rule("acknowledgement", "acknowledg|triag|(began|started) (investigating|looking)"
                    + "|investigation (began|started)|joined the (call|incident)", EntryKind.ACKNOWLEDGED),
            rule("diagnosis", "identified|root cause|(established|determined|found|discovered|realized|realised)"
                    + " that|\\btraced\\b|pinpointed|narrowed (it )?down|diagnosed", EntryKind.IDENTIFIED),
            rule("response action", "roll(ed|ing)? ?back|rollback|revert|restart|reboot|fail-?over|failed over"
                    + "|scal(ed|ing) (up|out|down)|redeploy|re-?enabled|\\bdisabled\\b|took action|\\bremov"
                    + "|\\breplac|\\bdrain|flushed|purged|applied an? (fix|patch)|hotfix|patched|\\bblocked\\b"
                    + "|throttl|rate.limit|switched|promoted", EntryKind.ACTION),
            rule("change", "\\bmerged\\b|\\bshipped\\b|\\bdeploy(ed|ment)\\b|rolled out|\\brollout\\b|released"
                    + "|went (out|live)|(ran|initiated|started|executed) an? (manual )?(query|migration|change"
                    + "|script|job)|(config|configuration) change (was )?(made|applied|pushed)", null),
            rule("impact", "(started|began) to (increase|rise|climb|fail|be)|(began|started) (failing|rising)"
                    + "|errors? (started|began)|error rates?|latenc(y|ies) (started|began|increased|rose|spiked)"
                    + "|(outage|incident|impact) (begins|began|started)|(was|were|went) down|degraded|unusable"
                    + "|unavailable|out of (\\w+ )?capacity|\\bqueued\\b|experienced|elevated (errors|latenc)"
                    + "|timeouts?|timed out|\\b5\\d\\d errors|ran out of|filled up|exhausted|overloaded|crash",
                    EntryKind.IMPACT_STARTED),
            rule("mitigation", "mitigat|workaround|improving|stabili[sz]ed", EntryKind.MITIGATED));

    private EntryClassifier() {
    }

    private static PhraseRule rule(String name, String wording, EntryKind kind) {
        return new PhraseRule(name, Pattern.compile(wording, Pattern.CASE_INSENSITIVE), kind);
    }

    /** The first rule whose phrase occurs in the text, or {@link #DEFAULT}. */
    public static PhraseRule match(String text) {
        for (PhraseRule rule : RULES) {
            if (rule.wording().matcher(text).find()) {
                return rule;
            }
        }
        return DEFAULT;
    }

    /**
     * The kind a matched rule gives a statement at {@code at}.
     *
     * @param impactStart the earliest impact the report states, or null when it states none
     * @param span true when the statement covers a span of time
     */
    public static EntryKind kind(PhraseRule rule, Instant at, Instant impactStart, boolean span) {
        if (rule.isChange()) {
            return impactStart == null || at.isBefore(impactStart) ? EntryKind.TRIGGER : EntryKind.ACTION;
        }
        return rule == DEFAULT && span ? EntryKind.IMPACT_STARTED : rule.kind();
    }
}
