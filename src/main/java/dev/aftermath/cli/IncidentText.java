package dev.aftermath.cli;

import dev.aftermath.analysis.DurationWords;
import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.KeyDuration;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** The readable summary {@code show} prints: times in the incident's zone, with the zone named. */
final class IncidentText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss xxx", Locale.ROOT);
    private static final String NL = System.lineSeparator();
    private static final int LABEL_WIDTH = 21;

    private final Incident incident;
    private final StringBuilder text = new StringBuilder();

    private IncidentText(Incident incident) {
        this.incident = incident;
    }

    static String of(Incident incident) {
        return new IncidentText(incident).build();
    }

    private String build() {
        header();
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        milestones(milestones);
        durations(milestones);
        entries();
        series();
        rca(incident.rca());
        return text.toString();
    }

    private void header() {
        line(incident.title().isBlank() ? "(untitled)" : incident.title());
        line("  id        " + incident.id());
        line("  severity  " + (incident.severity() == null ? "-" : incident.severity().name()));
        line("  status    " + incident.status().name());
        line("  zone      " + incident.zone().getId());
        line("  affected  " + (incident.affected().isEmpty() ? "-" : String.join(", ", incident.affected())));
    }

    private void milestones(IncidentMilestones milestones) {
        section("Milestones (" + incident.zone().getId() + ")");
        if (milestones.effective().isEmpty()) {
            line("  none yet");
        }
        for (Map.Entry<Milestone, MilestoneValue> milestone : milestones.effective().entrySet()) {
            line("  " + pad(words(milestone.getKey().name()), LABEL_WIDTH) + time(milestone.getValue().at())
                    + (milestone.getValue().pinned() ? "  (pinned)" : ""));
        }
    }

    private void durations(IncidentMilestones milestones) {
        section("Durations (from impact start)");
        Map<KeyDuration, Duration> durations = milestones.durations();
        if (durations.isEmpty()) {
            line("  none: they need the impact start and the milestone they end at");
        }
        durations.forEach((key, duration) -> line("  " + pad(key.label(), LABEL_WIDTH) + DurationWords.of(duration)));
    }

    private void entries() {
        section("Entries (times in " + incident.zone().getId() + "; ~ approximate, * pinned)");
        if (incident.entries().isEmpty()) {
            line("  none yet");
        }
        int whenWidth = incident.entries().stream().mapToInt(entry -> when(entry).length()).max().orElse(0);
        for (TimelineEntry entry : incident.entries()) {
            String lead = "  " + (entry.approximate() ? "~" : " ") + pad(when(entry), whenWidth + 2)
                    + pad(entry.kind() == null ? "-" : entry.kind().name(), 15)
                    + pad(entry.source().externalName() + (entry.pinned() ? " *" : ""), 13);
            String status = entry.status() == null ? "" : "[" + entry.status().externalName() + "] ";
            List<String> lines = entry.text().lines().toList();
            line(lead + status + (lines.isEmpty() ? "" : lines.get(0)));
            String indent = " ".repeat(lead.length());
            lines.stream().skip(1).forEach(more -> line(indent + more));
        }
    }

    private void series() {
        if (incident.series().isEmpty()) {
            return;
        }
        section("Series");
        for (MetricSeries series : incident.series()) {
            line("  " + (series.name().isBlank() ? "(unnamed)" : series.name())
                    + (series.unit().isBlank() ? "" : " (" + series.unit() + ")") + ": "
                    + CountWords.of(series.size(), "point", "points"));
        }
    }

    private void rca(RcaDocument rca) {
        section("Review");
        line("  summary " + characters(rca.summary()) + ", impact " + characters(rca.impact())
                + ", root cause " + characters(rca.rootCause()));
        StringJoiner lists = new StringJoiner(", ", "  ", "");
        lists.add(CountWords.of(rca.contributingFactors().size(), "contributing factor", "contributing factors"));
        lists.add(rca.wentWell().size() + " went well");
        lists.add(rca.couldBeBetter().size() + " could be better");
        lists.add(rca.gotLucky().size() + " got lucky");
        lists.add(CountWords.of(rca.lessons().size(), "lesson", "lessons"));
        lists.add(CountWords.of(rca.actionItems().size(), "action item", "action items"));
        line(lists.toString());
    }

    private static String characters(String text) {
        return CountWords.of(text.length(), "char", "chars");
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(incident.zone()));
    }

    /** The entry's time, or its span; the end leaves out its date when it is the start's. */
    private String when(TimelineEntry entry) {
        if (entry.end() == null) {
            return time(entry.at());
        }
        ZonedDateTime start = entry.at().atZone(incident.zone());
        ZonedDateTime end = entry.end().atZone(incident.zone());
        return time(entry.at()) + " – " + (start.toLocalDate().equals(end.toLocalDate()) ? CLOCK : TIME).format(end);
    }

    private static String words(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String pad(String value, int width) {
        return value.length() >= width ? value + " " : value + " ".repeat(width - value.length());
    }

    private void section(String title) {
        text.append(NL);
        line(title);
    }

    private void line(String value) {
        text.append(value.stripTrailing()).append(NL);
    }
}
