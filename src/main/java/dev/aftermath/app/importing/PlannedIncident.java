package dev.aftermath.app.importing;

import dev.aftermath.app.incidents.TimeFormats;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.RcaDocument;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One incident an import would create, as the preview shows it; the user may leave it out or leave entries out. */
public final class PlannedIncident {

    private final Incident incident;
    private final List<PreviewEntry> entries;
    private final List<PreviewSeries> series;
    private final List<ReviewField> review;
    private final BooleanProperty included = new SimpleBooleanProperty(true);
    private final StringProperty title;

    private PlannedIncident(Incident incident, List<PreviewEntry> entries, List<PreviewSeries> series,
                            List<ReviewField> review) {
        this.incident = incident;
        this.entries = List.copyOf(entries);
        this.series = List.copyOf(series);
        this.review = List.copyOf(review);
        this.title = new SimpleStringProperty(incident.title());
    }

    /** @param zone the zone of the preview's second time column */
    static PlannedIncident of(Incident incident, Map<MetricSeries, Sparkline> sparklines, ZoneId zone) {
        List<PreviewEntry> rows = incident.entries().stream().map(entry -> new PreviewEntry(entry, zone)).toList();
        List<PreviewSeries> series = new ArrayList<>();
        for (MetricSeries each : incident.series()) {
            String name = each.unit().isBlank() ? each.name() : each.name() + " (" + each.unit() + ")";
            series.add(new PreviewSeries(name, each.size(), range(each, zone), sparklines.get(each)));
        }
        return new PlannedIncident(incident, rows, series, review(incident.rca()));
    }

    private static String range(MetricSeries series, ZoneId zone) {
        if (series.size() == 0) {
            return "";
        }
        long[] times = series.timestamps();
        String from = TimeFormats.dateMinutes(Instant.ofEpochMilli(times[0]), zone);
        String to = TimeFormats.dateMinutes(Instant.ofEpochMilli(times[times.length - 1]), zone);
        boolean sameDay = from.substring(0, 10).equals(to.substring(0, 10));
        return from + " – " + (sameDay ? to.substring(11) : to);
    }

    static List<ReviewField> review(RcaDocument rca) {
        List<ReviewField> fields = new ArrayList<>();
        text(fields, "Summary", rca.summary());
        text(fields, "Impact", rca.impact());
        text(fields, "Root cause", rca.rootCause());
        list(fields, "Contributing factors", rca.contributingFactors());
        list(fields, "Went well", rca.wentWell());
        list(fields, "Could be better", rca.couldBeBetter());
        list(fields, "Got lucky", rca.gotLucky());
        list(fields, "Lessons", rca.lessons());
        list(fields, "Action items", rca.actionItems().stream().map(ActionItem::text).toList());
        return fields;
    }

    private static void text(List<ReviewField> fields, String label, String text) {
        if (!text.isBlank()) {
            fields.add(new ReviewField(label, text.strip()));
        }
    }

    private static void list(List<ReviewField> fields, String label, List<String> items) {
        if (!items.isEmpty()) {
            fields.add(new ReviewField(label, items.stream().map(item -> "• " + item.strip())
                    .collect(Collectors.joining("\n"))));
        }
    }

    /** The title the incident is stored under when it goes in as a new one: the importer's guess until edited. */
    public StringProperty titleProperty() {
        return title;
    }

    /** "Search outage — 14 entries, 2 series", for the preview's incident chooser. */
    public String label() {
        return storedTitle() + " — " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
                + (series.isEmpty() ? "" : ", " + series.size() + " series");
    }

    public Incident incident() {
        return incident;
    }

    public List<PreviewEntry> entries() {
        return entries;
    }

    public List<PreviewSeries> series() {
        return series;
    }

    public List<ReviewField> review() {
        return review;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /**
     * Takes over what the user chose in {@code before}: the title of the incident read from the same lines (one with
     * an entry of the same id; a new reading gives an incident a new id), and for entries with the same id, kept or
     * not and their kind.
     */
    void keepChoices(List<PlannedIncident> before) {
        before.stream().filter(this::sharesAnEntryWith).findFirst()
                .ifPresent(earlier -> title.set(earlier.title.get()));
        Map<UUID, PreviewEntry> chosen = new HashMap<>();
        before.forEach(incident -> incident.entries.forEach(row -> chosen.put(row.id(), row)));
        for (PreviewEntry row : entries) {
            PreviewEntry earlier = chosen.get(row.id());
            if (earlier != null) {
                row.includedProperty().set(earlier.includedProperty().get());
                row.kindProperty().set(earlier.kindProperty().get());
            }
        }
    }

    /** The incident as it will be stored: its title, only the entries the user kept, with the kinds the user chose. */
    Incident edited() {
        return incident.withTitle(storedTitle()).withEntries(entries.stream()
                .filter(row -> row.includedProperty().get()).map(PreviewEntry::edited).toList());
    }

    private boolean sharesAnEntryWith(PlannedIncident other) {
        Set<UUID> theirs = other.entries.stream().map(PreviewEntry::id).collect(Collectors.toSet());
        return entries.stream().anyMatch(row -> theirs.contains(row.id()));
    }

    private String storedTitle() {
        String typed = title.get() == null ? "" : title.get().strip();
        return typed.isEmpty() ? incident.title() : typed;
    }
}
