package dev.aftermath.timeline;

import dev.aftermath.analysis.BaselineDeparture;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Impact started here?": where a series leaves its baseline, offered to the user as an IMPACT_STARTED entry.
 *
 * @param series the series' index in the incident
 */
public record ImpactSuggestion(int series, UUID seriesId, String seriesName, String unit,
                               BaselineDeparture departure) {

    /** An entry already this close to a departure answers the question, so it is not asked. */
    static final Duration ANSWERED_WITHIN = Duration.ofMinutes(2);

    public Instant at() {
        return departure.at();
    }

    /** What the accepted entry says, such as "authorisation p99 leaves its baseline (180 ms → 1,420 ms)". */
    public String entryText() {
        String name = seriesName.isBlank() ? "A metric" : seriesName;
        return name + " leaves its baseline (" + NumberText.withUnit(departure.baseline(), unit) + " → "
                + NumberText.withUnit(departure.level(), unit) + ")";
    }

    /**
     * The departures the incident does not answer yet. A departure is answered by an IMPACT_STARTED entry close to
     * it, and by a known impact start before it: the question is worth asking when the metric tells of an impact
     * nobody recorded, or of one that began earlier than recorded.
     */
    static List<ImpactSuggestion> of(Incident incident, Optional<Instant> impactStart,
                                     List<PreparedSeries> series) {
        List<Instant> impacts = incident.entries().stream()
                .filter(entry -> entry.kind() == EntryKind.IMPACT_STARTED)
                .map(TimelineEntry::at)
                .toList();
        List<ImpactSuggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            MetricSeries one = series.get(i).series();
            int index = i;
            series.get(i).departure()
                    .filter(departure -> impactStart.isEmpty()
                            || departure.at().isBefore(impactStart.get().minus(ANSWERED_WITHIN)))
                    .filter(departure -> impacts.stream().noneMatch(at ->
                            Duration.between(at, departure.at()).abs().compareTo(ANSWERED_WITHIN) <= 0))
                    .ifPresent(departure -> suggestions.add(new ImpactSuggestion(index, one.id(), one.name(),
                            one.unit(), departure)));
        }
        return List.copyOf(suggestions);
    }
}
