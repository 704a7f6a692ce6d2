package dev.aftermath.importing.text;

import dev.aftermath.model.PostStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The status a post's wording gives away when a copy lost its status label. */
public final class StatusWording {

    private record Clue(Pattern wording, PostStatus status) {
    }

    /**
     * First match wins: "has been resolved" must beat "we are monitoring" in a closing post that says both, and a
     * cause still being sought ("not yet identified the cause") must beat the words of a cause found.
     */
    private static final List<Clue> CLUES = List.of(
            clue("post-?mortem|root cause analysis|what went (right|well|wrong)"
                    + "|(publish|share)\\w*\\b[^.]{0,60}\\broot cause", PostStatus.POSTMORTEM),
            clue("(has|have) been (fully )?(resolved|fixed|restored)|is (now )?resolved|incident (is|was) resolved"
                    + "|(working|operating) (as expected|normally)|fully (recovered|resolved|operational)"
                    + "|operational again", PostStatus.RESOLVED),
            clue("\\bmonitoring\\b|fix (has been|was) (implemented|deployed|applied|rolled out)",
                    PostStatus.MONITORING),
            clue("(have|has|had)(n['’]t| not)( yet)?( been)? (found|identified|determined|isolated)"
                    + "|yet to (find|identify|determine)"
                    + "|(investigating|looking into|looking for|searching for) the (root )?cause"
                    + "|(to|still|continue to) (find|identify|determine|understand) the (root )?cause"
                    + "|cause (is|remains) (still )?(unknown|unclear|not (yet )?known)", PostStatus.INVESTIGATING),
            clue("(has|have) (been )?identified|identified the|(found|determined|isolated|pinpointed|traced) the "
                    + "(root )?cause|cause (is|was|has been) (identified|found|determined|known)|\\broot cause\\b"
                    + "|fix is being (implemented|deployed|rolled out)|working on (a|the) fix", PostStatus.IDENTIFIED),
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
