package dev.aftermath.drafting;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.TimelineEntry;
import java.util.Optional;
import java.util.UUID;

/** Where a drafted fact came from, as the parenthesis after it says: "(from the status page)". */
final class DraftSources {

    private static final int QUOTED = 140;

    private final Incident incident;

    DraftSources(Incident incident) {
        this.incident = incident;
    }

    Optional<TimelineEntry> entry(UUID id) {
        return id == null ? Optional.empty()
                : incident.entries().stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** "pinned by hand", or where the entry the milestone was derived from came from. */
    String of(MilestoneValue milestone) {
        return milestone.pinned() ? "pinned by hand" : entry(milestone.entryId()).map(this::of).orElse("");
    }

    String of(TimelineEntry entry) {
        Provenance provenance = entry.provenance();
        String file = provenance == null || provenance.file() == null ? null : provenance.file();
        String place = file == null ? null
                : provenance.line() == null ? file : file + ", line " + provenance.line();
        return switch (entry.source()) {
            case STATUS_PAGE -> "from the status page";
            case MANUAL -> "entered by hand";
            case REPORT -> place == null ? "from the report" : "from " + place;
            case METRICS -> place == null ? "from the metrics" : "from " + place;
            case BUNDLE -> place == null ? "from an incident file" : "from " + place;
        };
    }

    static String of(MetricSeries series) {
        return "from the series '" + series.name() + "'";
    }

    /** The entry's first line in quotation marks, shortened when long. */
    static String quote(TimelineEntry entry) {
        String line = entry.text().strip().lines().findFirst().orElse("");
        String shortened = line.length() <= QUOTED ? line : line.substring(0, QUOTED - 1).stripTrailing() + "…";
        return "“" + shortened + "”";
    }
}
