package dev.aftermath.app.incidents;

import dev.aftermath.model.EntryKind;
import java.time.Instant;

/** What the entry editor produces: the fields a user edits on an entry. */
public record EntryDraft(Instant at, EntryKind kind, String text) {
}
