package dev.aftermath.importing.feed;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.html.HtmlText;
import dev.aftermath.importing.text.StatusLabel;
import dev.aftermath.importing.text.ZoneAbbreviations;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns one feed item into an incident: every dated update in its content becomes a communication entry.
 *
 * <p>The label "Update" means the status did not change, so such an entry keeps the status of the update before
 * it in time. Entry ids are derived from the item's id and the update's time, label and text, so importing the
 * same feed again yields the same entries; an update repeated word for word is kept once.
 */
final class FeedIncidentMapper {

    private final String file;
    private final ZoneId userZone;
    private final List<ImportWarning> warnings;
    private final Set<String> doubtsReported = new HashSet<>();

    FeedIncidentMapper(String file, ZoneId userZone, List<ImportWarning> warnings) {
        this.file = file;
        this.userZone = userZone;
        this.warnings = warnings;
    }

    Optional<Incident> toIncident(FeedItem item, Instant feedUpdated) {
        Instant lastChange = item.lastChange() != null ? item.lastChange() : feedUpdated;
        if (lastChange == null) {
            warn(item, "has no published, updated or pubDate date to tell the year of its updates; skipped");
            return Optional.empty();
        }
        List<FeedUpdate> updates = UpdateBlocks.parse(item.contentHtml());
        ItemEntries entries = updates.isEmpty() ? undatedItem(item, lastChange) : datedUpdates(item, updates,
                lastChange);
        return Optional.of(Incident.create(title(item), userZone != null ? userZone : entries.zone())
                .withEntries(entries.entries()));
    }

    private ItemEntries undatedItem(FeedItem item, Instant lastChange) {
        Instant at = item.published() != null ? item.published() : lastChange;
        warn(item, "holds no dated updates; its text became one entry at the item's date " + at);
        String text = HtmlText.toPlainText(item.contentHtml());
        TimelineEntry entry = entry(item, 1, at, null, text.isEmpty() ? HtmlText.toPlainText(item.title()) : text,
                null, false);
        return new ItemEntries(List.of(entry), ZoneOffset.UTC);
    }

    private ItemEntries datedUpdates(FeedItem item, List<FeedUpdate> updates, Instant lastChange) {
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        PostStatus carried = null;
        ZoneId zone = null;
        for (int i = updates.size() - 1; i >= 0; i--) {
            FeedUpdate update = updates.get(i);
            Optional<ZoneAbbreviations.Resolved> resolved = resolveZone(item, update, lastChange);
            Optional<Instant> at = resolved.flatMap(found -> place(update, found.offset(), lastChange));
            if (at.isEmpty()) {
                warn(item, "update " + update.number() + ": cannot read the date \"" + update.dateText()
                        + "\"; the update was skipped");
                continue;
            }
            zone = zone == null ? resolved.get().zone() : zone;
            carried = status(item, update, carried);
            String text = HtmlText.toPlainText(update.bodyHtml());
            if (seen.add(at.get() + "|" + update.label() + "|" + text)) {
                entries.add(entry(item, update.number(), at.get(), carried, text, update.label(),
                        update.zone().isEmpty()));
            }
        }
        return new ItemEntries(entries, zone == null ? ZoneOffset.UTC : zone);
    }

    private Optional<ZoneAbbreviations.Resolved> resolveZone(FeedItem item, FeedUpdate update, Instant lastChange) {
        if (!update.dateReadable()) {
            return Optional.empty();
        }
        if (update.zone().isEmpty()) {
            ZoneId assumed = userZone != null ? userZone : ZoneOffset.UTC;
            warn(item, "update " + update.number() + " names no zone; read in " + assumed.getId()
                    + " and marked approximate");
            return Optional.of(new ZoneAbbreviations.Resolved(
                    assumed.getRules().getOffset(lastChange), assumed, null));
        }
        // Only the season matters to the zone, so any valid day of the printed month will do.
        int year = update.year() != null ? update.year() : lastChange.atOffset(ZoneOffset.UTC).getYear();
        LocalDateTime wallClock = LocalDateTime.of(LocalDate.of(year, update.month(),
                Math.max(1, Math.min(update.day(), 28))), update.time());
        Optional<ZoneAbbreviations.Resolved> resolved = ZoneAbbreviations.resolve(update.zone(), wallClock,
                userZone);
        if (resolved.isEmpty()) {
            warn(item, "update " + update.number() + ": the zone \"" + update.zone() + "\" is not one we know");
        } else if (resolved.get().doubt() != null && doubtsReported.add(update.zone())) {
            warn(item, resolved.get().doubt());
        }
        return resolved;
    }

    private static Optional<Instant> place(FeedUpdate update, ZoneOffset offset, Instant lastChange) {
        return update.year() != null
                ? FeedYears.at(update.year(), update.month(), update.day(), update.time(), offset)
                : FeedYears.place(update.month(), update.day(), update.time(), offset, lastChange);
    }

    private PostStatus status(FeedItem item, FeedUpdate update, PostStatus carried) {
        String label = update.label();
        if (label == null) {
            return carried;
        }
        Optional<StatusLabel> word = StatusLabel.parse(label);
        if (word.isEmpty()) {
            warn(item, "update " + update.number() + ": \"" + label + "\" is not a status label; the entry has "
                    + "no status");
        }
        return word.map(known -> known.after(carried)).orElse(null);
    }

    private TimelineEntry entry(FeedItem item, int number, Instant at, PostStatus status, String text,
                                String label, boolean approximate) {
        String itemKey = item.key() != null ? item.key() : file + " " + item.path();
        UUID id = UUID.nameUUIDFromBytes(("statuspage-feed " + itemKey + "|" + at + "|" + label + "|" + text)
                .getBytes(StandardCharsets.UTF_8));
        Provenance provenance = new Provenance(file, item.line(), item.path() + "/update[" + number + "]");
        return new TimelineEntry(id, at, null, EntryKind.COMMUNICATION, text, EntrySource.STATUS_PAGE, provenance,
                status, approximate, false);
    }

    private String title(FeedItem item) {
        String title = HtmlText.toPlainText(item.title());
        if (title.isEmpty()) {
            warn(item, "has no title; the incident is untitled");
        }
        return title;
    }

    private void warn(FeedItem item, String message) {
        warnings.add(new ImportWarning(file, item.line(), item.path() + " " + message));
    }

    private record ItemEntries(List<TimelineEntry> entries, ZoneId zone) {
    }
}
