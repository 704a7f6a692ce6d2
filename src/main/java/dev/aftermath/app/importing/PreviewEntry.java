package dev.aftermath.app.importing;

import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One entry an import found, as a row of the preview: its times in UTC and in the incident's zone, where it was
 * read from, and what the user may change before importing (whether to keep it, its kind).
 */
public final class PreviewEntry {

    private final TimelineEntry entry;
    private final String utcTime;
    private final String localTime;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();

    PreviewEntry(TimelineEntry entry, ZoneId zone) {
        this.entry = entry;
        this.utcTime = time(entry, Incident.UTC);
        this.localTime = time(entry, zone);
        kind.set(entry.kind());
    }

    /**
     * "~2023-11-22 07:30 – 09:15": approximate times marked, seconds only where there are some, a span's end on
     * the same day without its date.
     */
    static String time(TimelineEntry entry, ZoneId zone) {
        String at = (entry.approximate() ? "~" : "") + dateTime(entry.at(), zone);
        if (entry.end() == null) {
            return at;
        }
        boolean sameDay = day(entry.at(), zone).equals(day(entry.end(), zone));
        String end = dateTime(entry.end(), zone);
        return at + " – " + (sameDay ? end.substring(end.indexOf(' ') + 1) : end);
    }

    /** The offset is added only to a wall time the clocks went through twice, which would read ambiguously. */
    private static String dateTime(Instant instant, ZoneId zone) {
        String text = instant.getEpochSecond() % 60 == 0 && instant.getNano() == 0
                ? TimeFormats.dateMinutes(instant, zone) : TimeFormats.dateTime(instant, zone);
        ZonedDateTime local = instant.atZone(zone);
        boolean repeated = zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1;
        return repeated ? text + " " + local.getOffset().getId() : text;
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    public UUID id() {
        return entry.id();
    }

    public String utcTime() {
        return utcTime;
    }

    public String localTime() {
        return localTime;
    }

    public String text() {
        return entry.text();
    }

    /** Where it was read from: "report.md:12" or "incidents.json $.incidents[0].incident_updates[2]". */
    public String provenance() {
        return entry.provenance() == null ? "" : entry.provenance().describe();
    }

    /** Where in its file it was read: "line 12" or a JSON path; for a preview of one file. */
    public String place() {
        if (entry.provenance() == null) {
            return "";
        }
        return entry.provenance().line() != null ? "line " + entry.provenance().line()
                : entry.provenance().path() == null ? "" : entry.provenance().path();
    }

    /**
     * The text, after the status word when the entry is a status-page post ("Monitoring: A fix is live."), unless
     * the text starts with it already ("Postmortem published").
     */
    public String described() {
        String status = entry.status() == null ? "" : TimeFormats.words(entry.status());
        boolean saysIt = status.isEmpty() || entry.text().regionMatches(true, 0, status, 0, status.length());
        return saysIt ? entry.text() : status + ": " + entry.text();
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** The entry as it will be stored: with the kind the user chose. */
    TimelineEntry edited() {
        return entry.withKind(kind.get());
    }
}
