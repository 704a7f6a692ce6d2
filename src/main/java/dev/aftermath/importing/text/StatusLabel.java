package dev.aftermath.importing.text;

import dev.aftermath.model.PostStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * The status labels of Statuspage posts, as the API writes them ({@code in_progress}) and as pages, feeds and
 * copied text show them ("In progress"), with the post status each one stands for.
 *
 * <p>Incident words map one to one. Scheduled-maintenance words map to the incident state they resemble:
 * in progress is work under way on a known cause (identified), verifying is watching the result (monitoring),
 * completed is over (resolved). "Scheduled" is an announcement made before anything happens, so it has no post
 * status: the entry is still a communication, with no state. "Update" is a label pages put on a post that changes
 * nothing: the post keeps the status before it.
 */
public enum StatusLabel {
    INVESTIGATING(PostStatus.INVESTIGATING),
    IDENTIFIED(PostStatus.IDENTIFIED),
    MONITORING(PostStatus.MONITORING),
    RESOLVED(PostStatus.RESOLVED),
    POSTMORTEM(PostStatus.POSTMORTEM),
    SCHEDULED(null),
    IN_PROGRESS(PostStatus.IDENTIFIED),
    VERIFYING(PostStatus.MONITORING),
    COMPLETED(PostStatus.RESOLVED),
    UPDATE(null);

    /** A regular-expression alternation of every label as pages print it. */
    public static final String PATTERN = "Investigating|Identified|Monitoring|Resolved|Postmortem|Post-mortem"
            + "|Update|Scheduled|In progress|Verifying|Completed";

    private final PostStatus postStatus;

    StatusLabel(PostStatus postStatus) {
        this.postStatus = postStatus;
    }

    /** The post status this label stands for, or null for an announcement or an update. */
    public PostStatus postStatus() {
        return postStatus;
    }

    /** The status of a post with this label, given the status of the post before it (null when none). */
    public PostStatus after(PostStatus previous) {
        return this == UPDATE ? previous : postStatus;
    }

    /** Reads {@code in_progress}, "In progress", "in-progress" and "Post-mortem" alike. */
    public static Optional<StatusLabel> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = word.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (key.equals("POST_MORTEM")) {
            return Optional.of(POSTMORTEM);
        }
        for (StatusLabel label : values()) {
            if (label.name().equals(key)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
