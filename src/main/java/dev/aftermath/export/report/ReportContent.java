package dev.aftermath.export.report;

import dev.aftermath.analysis.DurationWords;
import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.KeyDuration;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every export of an incident shows, already selected, ordered and converted to the incident's zone, so that
 * the Markdown, Word and HTML writers only lay it out.
 *
 * @param severity "SEV2", or "Not assessed"
 * @param reviewStatus "In review"
 * @param zoneId the incident's zone, e.g. "Europe/Zurich"
 * @param durationsNote what the durations are measured from, or why there are none
 */
public record ReportContent(String title, String severity, String reviewStatus, String zoneId,
                            List<MetadataRow> metadata, List<DurationRow> durations, String durationsNote,
                            List<TimelineRow> timeline, List<ReportSection> sections, List<ActionRow> actions) {

    /** Shown for a value nobody has set, such as an action item's owner. */
    public static final String MISSING = "—";
    /** Shown under a section nobody has written. */
    public static final String UNWRITTEN = "Not written yet.";
    public static final String NO_ENTRIES = "No timeline entries yet.";
    public static final String NO_ACTIONS = "No action items yet.";
    public static final String PICTURE_CAPTION = "Timeline of the incident";
    public static final String DURATIONS_HEADING = "Key durations";
    public static final String DOCUMENT_KIND = "Post-incident review";
    public static final List<String> DURATION_COLUMNS = List.of("Measure", "Duration", "Milestone reached");
    public static final List<String> ACTION_COLUMNS =
            List.of("Action", "Type", "Owner", "Priority", "Due", "Status", "Link");

    public ReportContent {
        metadata = List.copyOf(metadata);
        durations = List.copyOf(durations);
        timeline = List.copyOf(timeline);
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
    }

    public static ReportContent of(Incident incident) {
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        ReportFormats formats = new ReportFormats(incident.zone(), anyWithSeconds(incident));
        String title = incident.title().isBlank() ? "Untitled incident" : incident.title().strip();
        String severity = incident.severity() == null ? "Not assessed" : incident.severity().name();
        String status = ReportFormats.words(incident.status());
        return new ReportContent(title, severity, status, incident.zone().getId(),
                metadata(incident, severity, status, formats),
                durations(milestones, formats), durationsNote(milestones, formats),
                incident.entries().stream().map(entry -> timelineRow(entry, formats)).toList(),
                sections(incident.rca()),
                incident.rca().actionItems().stream().map(ReportContent::actionRow).toList());
    }

    /** The timeline table's columns; the time column names the zone its times are in. */
    public List<String> timelineColumns() {
        return List.of("Time (" + zoneId + ")", "Kind", "Event", "Source");
    }

    private static boolean anyWithSeconds(Incident incident) {
        return instants(incident).anyMatch(ReportFormats::hasSeconds);
    }

    private static Stream<Instant> instants(Incident incident) {
        Stream<Instant> entryInstants = incident.entries().stream()
                .flatMap(entry -> entry.end() == null ? Stream.of(entry.at()) : Stream.of(entry.at(), entry.end()));
        return Stream.concat(entryInstants, incident.pinnedMilestones().values().stream());
    }

    private static List<MetadataRow> metadata(Incident incident, String severity, String status,
                                              ReportFormats formats) {
        String window = IncidentMilestones.start(incident)
                .map(start -> formats.span(start, instants(incident).max(Instant::compareTo).orElse(start))
                        + " (" + incident.zone().getId() + ")")
                .orElse("No entries yet");
        String affected = incident.affected().isEmpty() ? "None recorded" : String.join(", ", incident.affected());
        return List.of(new MetadataRow("Severity", severity),
                new MetadataRow("Review status", status),
                new MetadataRow("Window", window),
                new MetadataRow("Time zone", incident.zone().getId()),
                new MetadataRow("Affected services", affected));
    }

    private static List<DurationRow> durations(IncidentMilestones milestones, ReportFormats formats) {
        List<DurationRow> rows = new ArrayList<>();
        for (Map.Entry<KeyDuration, Duration> duration : milestones.durations().entrySet()) {
            KeyDuration key = duration.getKey();
            String label = Character.toUpperCase(key.label().charAt(0)) + key.label().substring(1);
            String reached = ReportFormats.words(key.until()) + ", "
                    + formats.instant(milestones.at(key.until()).orElseThrow());
            rows.add(new DurationRow(label, DurationWords.of(duration.getValue()), reached));
        }
        return rows;
    }

    private static String durationsNote(IncidentMilestones milestones, ReportFormats formats) {
        Optional<Instant> impactStart = milestones.at(Milestone.IMPACT_STARTED);
        return impactStart
                .map(start -> "Measured from impact start, " + formats.instant(start) + ".")
                .orElse("Impact start is not known, so no durations can be measured.");
    }

    private static TimelineRow timelineRow(TimelineEntry entry, ReportFormats formats) {
        String time = (entry.approximate() ? "≈ " : "")
                + (entry.end() == null ? formats.instant(entry.at()) : formats.span(entry.at(), entry.end()));
        String kind = entry.kind() == null ? "Unclassified" : ReportFormats.words(entry.kind());
        if (entry.status() != null && !kind.equalsIgnoreCase(entry.status().externalName())) {
            kind += " (" + entry.status().externalName() + ")";
        }
        return new TimelineRow(time, kind, entry.text(), ReportFormats.source(entry));
    }

    private static List<ReportSection> sections(RcaDocument rca) {
        return List.of(text("Summary", rca.summary()),
                text("Impact", rca.impact()),
                new ReportSection("Timeline", SectionKind.TIMELINE, List.of()),
                text("Root cause", rca.rootCause()),
                list("Contributing factors", rca.contributingFactors()),
                list("What went well", rca.wentWell()),
                list("What could be better", rca.couldBeBetter()),
                list("Where we got lucky", rca.gotLucky()),
                list("Lessons", rca.lessons()),
                new ReportSection("Action items", SectionKind.ACTION_ITEMS, List.of()));
    }

    private static ReportSection text(String heading, String markdown) {
        return new ReportSection(heading, SectionKind.TEXT,
                markdown.isBlank() ? List.of() : List.of(markdown.strip()));
    }

    private static ReportSection list(String heading, List<String> items) {
        return new ReportSection(heading, SectionKind.LIST,
                items.stream().filter(item -> !item.isBlank()).map(String::strip).toList());
    }

    private static ActionRow actionRow(ActionItem item) {
        return new ActionRow(item.text(),
                item.type() == null ? MISSING : ReportFormats.words(item.type()),
                item.owner() == null || item.owner().isBlank() ? MISSING : item.owner(),
                item.priority() == null ? MISSING : item.priority().name(),
                item.due() == null ? MISSING : item.due().toString(),
                ReportFormats.words(item.status()),
                item.link() == null ? "" : item.link().strip());
    }
}
