package dev.aftermath.importing.statuspage;

import dev.aftermath.model.PostStatus;
import java.util.Locale;
import java.util.Optional;

/**
 * The status words of Statuspage, as the API writes them ({@code in_progress}) and as pages and feeds label them
 * ("In progress"), with the post status each one stands for.
 *
 * <p>Incident words map one to one. Scheduled-maintenance words map to the incident state they resemble:
 * in progress is work under way on a known cause (identified), verifying is watching the result (monitoring),
 * completed is over (resolved). "Scheduled" is an announcement made before anything happens, so it has no post
 * status: the entry is still a communication, with no state.
 */
public enum StatusWord {
    INVESTIGATING(PostStatus.INVESTIGATING),
    IDENTIFIED(PostStatus.IDENTIFIED),
    MONITORING(PostStatus.MONITORING),
    RESOLVED(PostStatus.RESOLVED),
    POSTMORTEM(PostStatus.POSTMORTEM),
    SCHEDULED(null),
    IN_PROGRESS(PostStatus.IDENTIFIED),
    VERIFYING(PostStatus.MONITORING),
    COMPLETED(PostStatus.RESOLVED);

    private final PostStatus postStatus;

    StatusWord(PostStatus postStatus) {
        this.postStatus = postStatus;
    }

    /** The post status this word stands for, or null for an announcement. */
    public PostStatus postStatus() {
        return postStatus;
    }

    /** Reads {@code in_progress}, "In progress", "in-progress" and "Post-mortem" alike. */
    public static Optional<StatusWord> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String key = word.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (key.equals("POST_MORTEM")) {
            return Optional.of(POSTMORTEM);
        }
        for (StatusWord status : values()) {
            if (status.name().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
