package dev.aftermath.importing.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The sections of a written review that fill the RCA, by the headings reports use for them. */
public enum SectionKind {
    SUMMARY("summary", "issue summary", "incident summary", "executive summary", "overview", "tl;dr", "tldr",
            "synopsis"),
    IMPACT("impact", "customer impact", "user impact", "impact on customers", "data loss impact", "business impact"),
    ROOT_CAUSE("root cause", "root causes", "root cause analysis", "cause", "causes", "what caused it",
            "why it happened"),
    CONTRIBUTING_FACTORS("contributing factors", "contributing factor", "contributing causes"),
    WENT_WELL("what went well", "what went right", "went well", "went right", "what worked", "what worked well",
            "things that went well"),
    COULD_BE_BETTER("what could be better", "what went wrong", "went wrong", "what went poorly",
            "what didn't go well", "what didnt go well", "what did not go well", "what could be improved",
            "what could have gone better", "what could have been better", "areas for improvement",
            "what we could do better"),
    GOT_LUCKY("where we got lucky", "lucky", "where we were lucky", "what we got lucky with"),
    LESSONS("lessons learned", "lessons learnt", "lessons", "takeaways", "key takeaways"),
    ACTION_ITEMS("action items", "actions", "immediate actions", "follow-ups", "follow ups", "followups",
            "follow-up actions", "follow up actions", "follow-up items", "next steps", "remediation",
            "remediation items", "remediation and follow-up steps", "corrective actions", "preventive actions",
            "preventative actions", "action plan", "what we are doing", "what we're doing about it",
            "what we are doing about it"),
    /** A heading that starts a part of the report the RCA has no field for: its text goes nowhere. */
    OTHER("what happened", "timeline", "background", "detection", "resolution", "trigger", "recovery", "response",
            "mitigation", "supporting information", "supporting info", "references", "links", "appendix",
            "details", "description", "glossary");

    private static final Map<String, SectionKind> BY_HEADING = index();

    private final List<String> headings;

    SectionKind(String... headings) {
        this.headings = List.of(headings);
    }

    private static Map<String, SectionKind> index() {
        Map<String, SectionKind> byHeading = new java.util.HashMap<>();
        for (SectionKind kind : values()) {
            kind.headings.forEach(heading -> byHeading.put(heading, kind));
        }
        return Map.copyOf(byHeading);
    }

    /** The section a heading names, ignoring case, markup, numbering, a zone in brackets and a final colon. */
    public static Optional<SectionKind> ofHeading(String heading) {
        if (heading.length() > 80) {
            return Optional.empty();
        }
        String normal = heading.toLowerCase(Locale.ROOT)
                .replaceAll("[*_`#]", "")
                .replaceAll("\\([^)]{0,30}\\)", "")
                .replace('’', '\'')
                .replaceFirst("^\\s*(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+", "")
                .replaceAll("[:?!.]+\\s*$", "")
                .replaceAll("\\s+", " ")
                .strip();
        return Optional.ofNullable(BY_HEADING.get(normal));
    }

    /** Sections whose content is a list of short points rather than running text. */
    boolean isList() {
        return this == CONTRIBUTING_FACTORS || this == WENT_WELL || this == COULD_BE_BETTER || this == GOT_LUCKY
                || this == LESSONS || this == ACTION_ITEMS;
    }
}
