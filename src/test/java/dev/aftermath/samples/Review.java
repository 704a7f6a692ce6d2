package dev.aftermath.samples;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.ActionType;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.Priority;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.ReviewStatus;
import dev.aftermath.model.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review that finishes a sample: what the commander decided after the import (id, title, severity, review
 * status, zone, affected services, pinned milestones) and the written RCA, read from a Markdown file.
 *
 * <p>The file is a {@code # title}, {@code - key: value} header lines, then {@code ## Section} blocks named like
 * the RCA's fields. Text sections keep their paragraphs; list sections take one item per {@code - } line;
 * "Pinned milestones" lines read {@code - MILESTONE: instant — why}; "Series" lines rename an imported curve,
 * {@code - imported name => new name (unit)}; "Action items" is a table with the columns Action, Type, Owner,
 * Priority, Due, Status and Link ({@code -} for none).
 *
 * @param sections the RCA's sections by heading, as written; a section the review leaves out keeps what the
 *                 import drafted from the report
 */
record Review(UUID id, String title, Severity severity, ReviewStatus status, ZoneId zone, List<String> affected,
              Map<Milestone, Instant> pins, Map<String, String> renamedSeries, Map<String, String> sections,
              List<ActionItem> actions) {

    static final List<String> TEXT_SECTIONS = List.of("Summary", "Impact", "Root cause");
    static final List<String> LIST_SECTIONS = List.of("Contributing factors", "What went well",
            "What could be better", "Where we got lucky", "Lessons learned");

    private static final Pattern HEADER = Pattern.compile("- ([a-z]+): (.+)");
    private static final Pattern PIN = Pattern.compile("- ([A-Z_]+): (\\S+)(?: — .*)?");
    private static final Pattern RENAME = Pattern.compile("- (.+) => (.+)");

    static Review parse(String markdown, String sample) {
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        String title = null;
        String section = null;
        StringBuilder body = new StringBuilder();
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("# ")) {
                title = line.substring(2).strip();
            } else if (line.startsWith("## ")) {
                flush(sections, section, body);
                section = line.substring(3).strip();
            } else if (section == null) {
                Matcher field = HEADER.matcher(line);
                if (field.matches()) {
                    header.put(field.group(1), field.group(2).strip());
                }
            } else {
                body.append(line).append('\n');
            }
        }
        flush(sections, section, body);
        return new Review(UUID.fromString(required(header, "id")), title,
                Severity.valueOf(required(header, "severity")), ReviewStatus.valueOf(required(header, "status")),
                ZoneId.of(required(header, "zone")), List.of(required(header, "affected").split("\\s*;\\s*")),
                pins(sections.remove("Pinned milestones")), renames(sections.remove("Series")), sections,
                actions(sections.remove("Action items"), sample));
    }

    /** The imported draft with every section this review writes put in its place. */
    RcaDocument completing(RcaDocument draft) {
        return new RcaDocument(text("Summary", draft.summary()), text("Impact", draft.impact()),
                text("Root cause", draft.rootCause()), list("Contributing factors", draft.contributingFactors()),
                list("What went well", draft.wentWell()), list("What could be better", draft.couldBeBetter()),
                list("Where we got lucky", draft.gotLucky()), list("Lessons learned", draft.lessons()), actions);
    }

    private String text(String heading, String drafted) {
        return sections.containsKey(heading) ? sections.get(heading) : drafted;
    }

    private List<String> list(String heading, List<String> drafted) {
        if (!sections.containsKey(heading)) {
            return drafted;
        }
        List<String> items = new ArrayList<>();
        for (String line : sections.get(heading).lines().toList()) {
            if (line.startsWith("- ")) {
                items.add(line.substring(2).strip());
            } else if (!line.isBlank()) {
                int last = items.size() - 1;
                items.set(last, items.get(last) + " " + line.strip());
            }
        }
        return items;
    }

    private static void flush(Map<String, String> sections, String section, StringBuilder body) {
        if (section != null) {
            if (!TEXT_SECTIONS.contains(section) && !LIST_SECTIONS.contains(section)
                    && !List.of("Pinned milestones", "Series", "Action items").contains(section)) {
                throw new IllegalArgumentException("unknown section '" + section + "'");
            }
            sections.put(section, body.toString().strip());
        }
        body.setLength(0);
    }

    private static Map<Milestone, Instant> pins(String text) {
        Map<Milestone, Instant> pins = new EnumMap<>(Milestone.class);
        if (text != null) {
            for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
                Matcher pin = PIN.matcher(line);
                if (!pin.matches()) {
                    throw new IllegalArgumentException("not a pinned milestone: " + line);
                }
                pins.put(Milestone.valueOf(pin.group(1)), Instant.parse(pin.group(2)));
            }
        }
        return pins;
    }

    /** Imported series name to the name (and unit, in brackets at the end) the review gives it. */
    private static Map<String, String> renames(String text) {
        Map<String, String> renames = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
                Matcher rename = RENAME.matcher(line);
                if (!rename.matches()) {
                    throw new IllegalArgumentException("not a series rename: " + line);
                }
                renames.put(rename.group(1).strip(), rename.group(2).strip());
            }
        }
        return renames;
    }

    private static List<ActionItem> actions(String table, String sample) {
        if (table == null) {
            throw new IllegalArgumentException("a review needs its action items");
        }
        List<ActionItem> actions = new ArrayList<>();
        for (String row : table.lines().skip(2).filter(line -> line.startsWith("|")).toList()) {
            String[] cells = row.substring(1, row.lastIndexOf('|')).split("\\|", -1);
            if (cells.length != 7) {
                throw new IllegalArgumentException("an action item needs 7 cells: " + row);
            }
            UUID id = UUID.nameUUIDFromBytes((sample + ":action:" + actions.size())
                    .getBytes(StandardCharsets.UTF_8));
            actions.add(new ActionItem(id, cells[0].strip(), cells[2].strip(),
                    Priority.valueOf(cells[3].strip()), LocalDate.parse(cells[4].strip()),
                    ActionStatus.valueOf(cells[5].strip().toUpperCase(Locale.ROOT).replace(' ', '_')),
                    ActionType.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)),
                    cells[6].strip().equals("-") ? null : cells[6].strip()));
        }
        return actions;
    }

    private static String required(Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the review's header lacks '" + key + "'");
        }
        return value;
    }
}
