package dev.aftermath.importing.pastedtext;

import dev.aftermath.model.PostStatus;

/**
 * One post as copied: its status word (when the copy kept it), its body and its date line.
 *
 * @param label the status word as written ("Update", "Resolved"), or null when the copy lost it
 * @param status the status the word or, failing that, the wording gives; null when neither tells
 * @param statusInferred true when {@code status} was read from the body rather than from a status word
 * @param longBody true when the body is a whole write-up (the published postmortem) rather than a short update
 */
public record StatusPagePost(String label, PostStatus status, boolean statusInferred, String body, PostDate date,
                             int dateLine, int firstLine, boolean longBody) {
}
