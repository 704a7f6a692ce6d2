package dev.aftermath.importing.pastedtext;

import dev.aftermath.model.PostStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status words a post starts with, and, when a copy lost them, the status its wording gives away. "Update"
 * and the maintenance words are labels without a status of their own: the post keeps the status before it.
 */
public final class StatusWords {

    /** A status label on its own line, or at the start of a line as "Resolved - text" (home-page copies). */
    public record Label(String word, Optional<PostStatus> status, String rest) {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?:#{1,6}\\s{0,3})?(?:\\*\\*)?(Investigating|Identified|Monitoring|Resolved|Postmortem|Post-mortem"
                    + "|Update|Scheduled|In progress|Verifying|Completed)(?:\\*\\*)?\\s{0,3}(?:[-–:]\\s{0,3}(.*))?",
            Pattern.CASE_INSENSITIVE);

    private record Clue(Pattern wording, PostStatus status) {
    }

    /** First match wins: "has been resolved" must beat "we are monitoring" in a closing post that says both. */
    private static final List<Clue> CLUES = List.of(
            clue("root cause|post-?mortem|what went (right|well|wrong)", PostStatus.POSTMORTEM),
            clue("(has|have) been (fully )?(resolved|fixed|restored)|is (now )?resolved|incident (is|was) resolved"
                    + "|(working|operating) (as expected|normally)|fully (recovered|resolved)", PostStatus.RESOLVED),
            clue("\\bmonitoring\\b", PostStatus.MONITORING),
            clue("(has|have) (been )?identified|identified the|fix is being (implemented|deployed|rolled out)",
                    PostStatus.IDENTIFIED),
            clue("investigat|looking into", PostStatus.INVESTIGATING));

    private StatusWords() {
    }

    private static Clue clue(String wording, PostStatus status) {
        return new Clue(Pattern.compile(wording, Pattern.CASE_INSENSITIVE), status);
    }

    public static Optional<Label> label(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > 4000) {
            return Optional.empty();
        }
        Matcher matcher = LABEL.matcher(trimmed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String word = matcher.group(1);
        String rest = matcher.group(2) == null ? "" : matcher.group(2).strip();
        return Optional.of(new Label(word, statusOf(word), rest));
    }

    private static Optional<PostStatus> statusOf(String word) {
        String normal = word.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (normal) {
            case "investigating" -> Optional.of(PostStatus.INVESTIGATING);
            case "identified" -> Optional.of(PostStatus.IDENTIFIED);
            case "monitoring", "verifying" -> Optional.of(PostStatus.MONITORING);
            case "resolved", "completed" -> Optional.of(PostStatus.RESOLVED);
            case "postmortem" -> Optional.of(PostStatus.POSTMORTEM);
            default -> Optional.empty();
        };
    }

    /** The status a post's body implies when its status word is missing; empty when the wording tells none. */
    public static Optional<PostStatus> infer(String body) {
        String sample = body.length() > 20_000 ? body.substring(0, 20_000) : body;
        for (Clue clue : CLUES) {
            if (clue.wording().matcher(sample).find()) {
                return Optional.of(clue.status());
            }
        }
        return Optional.empty();
    }
}
