package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.text.StatusLabel;
import dev.aftermath.model.PostStatus;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A status label on its own line, or at the start of a line as "Resolved - text" (home-page copies), with the
 * heading and bold marks copies keep. A label without a status of its own ("Update", "Scheduled") leaves the post
 * with the status before it.
 *
 * @param word the label as written
 * @param status empty for a label without a status of its own
 * @param rest the text after the dash, or ""
 */
public record StatusLabelLine(String word, Optional<PostStatus> status, String rest) {

    private static final Pattern LABEL = Pattern.compile("(?:#{1,6}\\s{0,3})?(?:\\*\\*)?(" + StatusLabel.PATTERN
            + ")(?:\\*\\*)?\\s{0,3}(?:[-–:]\\s{0,3}(.*))?", Pattern.CASE_INSENSITIVE);

    public static Optional<StatusLabelLine> read(String line) {
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
        Optional<PostStatus> status = StatusLabel.parse(word).map(StatusLabel::postStatus);
        return Optional.of(new StatusLabelLine(word, status, rest));
    }
}
