package dev.aftermath.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happened, at one instant (or over a span when {@code end} is set). Instants are kept to the
 * millisecond, the precision of the store and the bundle format.
 *
 * @param kind what the entry tells; null while nobody has classified it
 * @param status the status word when the entry is a status-page post, else null
 * @param provenance where it was read from; null for manual entries
 */
public record TimelineEntry(UUID id, Instant at, Instant end, EntryKind kind, String text, EntrySource source,
                            Provenance provenance, PostStatus status, boolean approximate, boolean pinned) {

    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        at = at.truncatedTo(ChronoUnit.MILLIS);
        end = end == null ? null : end.truncatedTo(ChronoUnit.MILLIS);
        text = text == null ? "" : text;
    }

    public static TimelineEntry manual(Instant at, EntryKind kind, String text) {
        return new TimelineEntry(UUID.randomUUID(), at, null, kind, text, EntrySource.MANUAL, null, null, false,
                false);
    }

    public TimelineEntry withAt(Instant newAt) {
        return new TimelineEntry(id, newAt, end, kind, text, source, provenance, status, approximate, pinned);
    }

    public TimelineEntry withEnd(Instant newEnd) {
        return new TimelineEntry(id, at, newEnd, kind, text, source, provenance, status, approximate, pinned);
    }

    public TimelineEntry withKind(EntryKind newKind) {
        return new TimelineEntry(id, at, end, newKind, text, source, provenance, status, approximate, pinned);
    }

    public TimelineEntry withText(String newText) {
        return new TimelineEntry(id, at, end, kind, newText, source, provenance, status, approximate, pinned);
    }

    public TimelineEntry withPinned(boolean newPinned) {
        return new TimelineEntry(id, at, end, kind, text, source, provenance, status, approximate, newPinned);
    }

    /** The entry once a person has looked at its time: whatever doubt the import raised no longer applies. */
    public TimelineEntry withoutDoubt() {
        return provenance == null || provenance.doubt() == null ? this
                : new TimelineEntry(id, at, end, kind, text, source, provenance.withDoubt(null), status, approximate,
                        pinned);
    }

    public TimelineEntry withApproximate(boolean newApproximate) {
        return new TimelineEntry(id, at, end, kind, text, source, provenance, status, newApproximate, pinned);
    }
}
