package dev.aftermath.app.timeline;

import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.TimelineEntry;
import java.time.ZoneId;

/** An entry as its tooltip tells it: kind and time, the whole text, then where it came from. */
final class EntryDescription {

    private EntryDescription() {
    }

    static String of(TimelineEntry entry, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        text.append(entry.kind() == null ? "Unclassified" : TimeFormats.words(entry.kind()));
        text.append(" · ").append(entry.approximate() ? "about " : "").append(TimeFormats.dateTime(entry.at(), zone));
        if (entry.end() != null) {
            text.append(" to ").append(TimeFormats.dateTime(entry.end(), zone).substring(11));
        }
        if (entry.pinned()) {
            text.append(" · key moment");
        }
        text.append("\n\n").append(entry.text().isBlank() ? "(no text)" : entry.text().strip());
        text.append("\n\nSource: ").append(entry.source().externalName());
        if (entry.provenance() != null && !entry.provenance().describe().isEmpty()) {
            text.append(" — ").append(entry.provenance().describe());
        }
        return text.toString();
    }
}
