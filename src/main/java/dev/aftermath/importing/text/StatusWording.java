package dev.aftermath.importing.text;

import dev.aftermath.model.PostStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The status a post's wording gives away when a copy lost its status label. */
public final class StatusWording {

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

    private StatusWording() {
    }

    private static Clue clue(String wording, PostStatus status) {
        return new Clue(Pattern.compile(wording, Pattern.CASE_INSENSITIVE), status);
    }

    /** The status a post's body implies; empty when the wording tells none. */
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
