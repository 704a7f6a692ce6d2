package dev.aftermath.app.presentation;

import dev.aftermath.analysis.DurationWords;
import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.PreparedTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The current entry told for the room: when (and how long after the impact started), what kind of moment, what
 * happened, and where the account comes from.
 *
 * @param relative "32 min after the impact started", or "" when the impact start is unknown
 * @param text the entry's text on one line: the room reads it as one paragraph
 */
public record Story(String time, String relative, String kind, String text, String source) {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm:ss",
            Locale.ENGLISH);

    static Story of(TimelineEntry entry, PreparedTimeline timeline) {
        ZoneId zone = timeline.incident().zone();
        String time = (entry.approximate() ? "about " : "") + DAY_TIME.format(entry.at().atZone(zone)) + " "
                + zone.getId();
        String kind = entry.kind() == null ? "Note" : TimeFormats.words(entry.kind());
        if (entry.status() != null) {
            kind = "Status page: " + entry.status().name().toLowerCase(Locale.ROOT);
        }
        String source = entry.source().externalName().replace('-', ' ');
        if (entry.provenance() != null && !entry.provenance().describe().isEmpty()) {
            source += " · " + entry.provenance().describe();
        }
        return new Story(time, relative(entry.at(), timeline.milestones().at(Milestone.IMPACT_STARTED)), kind,
                entry.text().isBlank() ? kind : entry.text().strip().replaceAll("\\s*\\R\\s*", " "),
                "Source: " + source);
    }

    private static String relative(Instant at, Optional<Instant> impact) {
        if (impact.isEmpty()) {
            return "";
        }
        Duration offset = Duration.between(impact.get(), at);
        if (offset.abs().toSeconds() < 30) {
            return "as the impact started";
        }
        return DurationWords.of(offset.abs()) + (offset.isNegative() ? " before" : " after")
                + " the impact started";
    }
}
