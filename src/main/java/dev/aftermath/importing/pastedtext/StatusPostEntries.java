package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.text.ZoneAbbreviations;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.PostStatus;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns parsed posts into COMMUNICATION entries in UTC. Posts are placed in time order first, because an
 * "Update" (or a post whose wording tells no status) keeps the status of the post before it in time, and copies
 * list the newest post first.
 */
public final class StatusPostEntries {

    static final String POSTMORTEM_TEXT = "Postmortem published";

    private StatusPostEntries() {
    }

    /**
     * @param moreAnchors dates with a year found elsewhere in the same text, for date lines without a year
     * @param fallbackZone the zone for a date line whose zone name is unknown; it also settles ambiguous names
     */
    public static List<TimelineEntry> entries(ParsedStatusPage page, String file, List<YearInference.Anchor> moreAnchors,
                                              ZoneId fallbackZone, List<ImportWarning> warnings) {
        List<YearInference.Anchor> anchors = new ArrayList<>(page.yearAnchors());
        anchors.addAll(moreAnchors);
        List<Placed> placed = new ArrayList<>();
        for (StatusPagePost post : page.posts()) {
            placed.add(new Placed(post, instant(post, file, anchors, fallbackZone, warnings)));
        }
        placed.sort(Comparator.comparing(Placed::at).thenComparing(p -> -p.post().dateLine()));
        List<TimelineEntry> entries = new ArrayList<>();
        PostStatus previous = null;
        for (Placed each : placed) {
            StatusPagePost post = each.post();
            PostStatus status = post.status() == null ? previous : post.status();
            if (post.status() == null && post.label() == null) {
                warnings.add(new ImportWarning(file, post.dateLine(),
                        "the post has no status word and its wording tells none; it keeps the status before it"));
            }
            entries.add(entry(file, post, each.at(), status));
            previous = status;
        }
        return entries;
    }

    private record Placed(StatusPagePost post, Instant at) {
    }

    private static TimelineEntry entry(String file, StatusPagePost post, Instant at, PostStatus status) {
        UUID id = UUID.nameUUIDFromBytes((file + ":" + post.dateLine() + ":0").getBytes(StandardCharsets.UTF_8));
        String text = post.longBody() && post.label() == null ? POSTMORTEM_TEXT : post.body();
        return new TimelineEntry(id, at, null, EntryKind.COMMUNICATION, text, EntrySource.STATUS_PAGE,
                Provenance.ofLine(file, post.dateLine()), status, false, false);
    }

    private static Instant instant(StatusPagePost post, String file, List<YearInference.Anchor> anchors,
                                   ZoneId fallbackZone, List<ImportWarning> warnings) {
        PostDate date = post.date();
        int year;
        if (date.year() != null) {
            year = date.year();
        } else {
            year = YearInference.year(anchors, post.dateLine(), date.month(), date.day()).orElseGet(() -> {
                int thisYear = Year.now(ZoneOffset.UTC).getValue();
                warnings.add(new ImportWarning(file, post.dateLine(),
                        "the date has no year and the text gives none; read as " + thisYear));
                return thisYear;
            });
        }
        int lastDay = YearMonth.of(year, date.month()).lengthOfMonth();
        if (date.day() > lastDay) {
            warnings.add(new ImportWarning(file, post.dateLine(), "day " + date.day() + " does not exist in "
                    + Month.of(date.month()) + " " + year + "; read as day " + lastDay));
        }
        Optional<ZoneAbbreviations.Meaning> zone = ZoneAbbreviations.meaning(date.zoneName(), fallbackZone);
        if (zone.isEmpty()) {
            warnings.add(new ImportWarning(file, post.dateLine(),
                    "unknown time zone '" + date.zoneName() + "'; read as " + fallbackZone.getId()));
        } else if (zone.get().doubt() != null) {
            warnings.add(new ImportWarning(file, post.dateLine(), zone.get().doubt()));
        }
        ZoneId readIn = zone.map(ZoneAbbreviations.Meaning::zone).orElse(fallbackZone);
        return date.at(year, readIn).withZoneSameLocal(readIn).toInstant();
    }
}
