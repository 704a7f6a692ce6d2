package dev.aftermath.model;

import java.util.Locale;
import java.util.Optional;

/** The status word of a status-page post. */
public enum PostStatus {
    INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED, POSTMORTEM;

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PostStatus> fromExternalName(String name) {
        for (PostStatus status : values()) {
            if (status.externalName().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
