package dev.aftermath.importing.report;

import dev.aftermath.model.ActionItem;
import dev.aftermath.model.ActionStatus;
import dev.aftermath.model.RcaDocument;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a report's sections into the RCA. A heading is a Markdown heading, an underlined line, or a plain line
 * that names a known section ("What went right", "Action items:"). In list sections every bulleted or numbered
 * item is one point, and paragraphs count as points when there is no list; text sections keep their paragraphs.
 *
 * <p>Copies from status pages lose the "Action items" heading but keep its numbered list right after the
 * bulleted "What could be better" list: a numbered list that follows a bulleted one in a lessons section is read
 * as the action items. A report with no action list at all still has its promises: sentences of the narrative
 * that start "We will ..." become the action items.
 */
final class ReportSections {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s{1,8}(.{1,200}?)\\s*#*\\s*");
    private static final Pattern UNDERLINE = Pattern.compile("\\s{0,3}(?:={3,200}|-{3,200})\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "\\s{0,12}(?:([-*•+·▪◦‣])|(\\d{1,3})[.)])\\s{1,8}(\\S.*)");
    private static final Pattern TABLE_ROW = Pattern.compile("\\s{0,3}\\|(.*)\\|\\s*");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\s{0,3}\\|[\\s:|-]{3,2000}\\|?\\s*");
    private static final int SUMMARY_MINIMUM = 100;
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "(?<=^|[.!?]\\s)((?:We will|We'll|We plan to|We are going to|We intend to)\\s[^.!?]{5,400}[.!?])");

    private final String file;
    private final List<String> lines;
    private final Set<Integer> breaks;
    private final Map<SectionKind, List<String>> points = new EnumMap<>(SectionKind.class);
    private final Map<SectionKind, StringBuilder> texts = new EnumMap<>(SectionKind.class);
    private final List<ActionItem> actions = new ArrayList<>();
    private final List<ActionItem> promises = new ArrayList<>();
    private String leadParagraph = "";

    private SectionKind section;
    private boolean sawBullets;
    private boolean listInSection;
    private StringBuilder point;
    private int pointLine;

    /** @param breakLines 0-based lines that end any section: status-page date lines and footers */
    ReportSections(String file, List<String> lines, Set<Integer> breakLines) {
        this.file = file;
        this.lines = lines;
        this.breaks = breakLines;
    }

    RcaDocument read() {
        StringBuilder paragraph = new StringBuilder();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index).length() > ReportTimeline.LONGEST_LINE
                    ? lines.get(index).substring(0, ReportTimeline.LONGEST_LINE) : lines.get(index);
            Optional<SectionKind> heading = heading(line, index);
            if (breaks.contains(index) || heading.isPresent() || isUnderline(index)) {
                flushPoint();
                flushLead(paragraph);
                if (!isUnderline(index)) {
                    enter(breaks.contains(index) ? null : heading.get());
                }
                continue;
            }
            if (section == null || section == SectionKind.OTHER) {
                readLead(line, paragraph);
                readPromises(line, index);
            } else {
                readContent(line, index);
            }
        }
        flushPoint();
        flushLead(paragraph);
        return document();
    }

    private Optional<SectionKind> heading(String line, int index) {
        Matcher markdown = MARKDOWN_HEADING.matcher(line);
        if (markdown.matches()) {
            return Optional.of(SectionKind.ofHeading(markdown.group(1)).orElse(SectionKind.OTHER));
        }
        boolean underlined = index + 1 < lines.size() && !line.isBlank() && !LIST_ITEM.matcher(line).matches()
                && UNDERLINE.matcher(lines.get(index + 1)).matches();
        if (underlined) {
            return Optional.of(SectionKind.ofHeading(line).orElse(SectionKind.OTHER));
        }
        return LIST_ITEM.matcher(line).matches() ? Optional.empty() : SectionKind.ofHeading(line.strip());
    }

    private boolean isUnderline(int index) {
        return index > 0 && UNDERLINE.matcher(lines.get(index)).matches() && !lines.get(index - 1).isBlank();
    }

    private void enter(SectionKind next) {
        section = next;
        sawBullets = false;
        listInSection = false;
    }

    /**
     * Text outside the RCA's sections (before the first one, or under "What happened"): its first long paragraph
     * is the summary when the report has no summary section.
     */
    private void readLead(String line, StringBuilder paragraph) {
        if (line.isBlank()) {
            flushLead(paragraph);
        } else {
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(line.strip());
        }
    }

    /** "We will add an alarm on memory." in the narrative: the follow-ups of a report without an action list. */
    private void readPromises(String line, int index) {
        Matcher promise = FOLLOW_UP.matcher(line);
        while (promise.find()) {
            promises.add(action(promise.group(1), index));
        }
    }

    private void flushLead(StringBuilder paragraph) {
        if (leadParagraph.isEmpty() && paragraph.length() >= SUMMARY_MINIMUM) {
            leadParagraph = paragraph.toString();
        }
        paragraph.setLength(0);
    }

    private void readContent(String line, int index) {
        if (line.isBlank()) {
            flushPoint();
            appendText("\n");
            return;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
            flushPoint();
            boolean numbered = item.group(2) != null;
            if (numbered && sawBullets && isLessons(section) && index > 0 && lines.get(index - 1).isBlank()) {
                enter(SectionKind.ACTION_ITEMS);
            }
            sawBullets |= !numbered;
            listInSection = true;
            startPoint(item.group(3), index);
            appendText((numbered ? item.group(2) + ". " : "- ") + item.group(3).strip() + "\n");
            return;
        }
        Matcher row = TABLE_ROW.matcher(line);
        if (row.matches() && section == SectionKind.ACTION_ITEMS) {
            readActionRow(row.group(1), index);
            return;
        }
        if (point != null && (Character.isWhitespace(line.charAt(0)) || !section.isList() || listInSection)) {
            point.append(' ').append(line.strip());
        } else if (section.isList()) {
            startPoint(line, index);
        }
        appendText(line.strip() + "\n");
    }

    private void readActionRow(String cells, int index) {
        boolean header = index + 1 < lines.size() && TABLE_SEPARATOR.matcher(lines.get(index + 1)).matches();
        if (header || TABLE_SEPARATOR.matcher("|" + cells + "|").matches()) {
            return;
        }
        String first = cells.split("\\|", 2)[0].strip();
        if (!first.isEmpty()) {
            actions.add(action(first, index));
        }
    }

    private static boolean isLessons(SectionKind kind) {
        return kind == SectionKind.WENT_WELL || kind == SectionKind.COULD_BE_BETTER || kind == SectionKind.GOT_LUCKY
                || kind == SectionKind.LESSONS;
    }

    private void startPoint(String text, int index) {
        point = new StringBuilder(text.strip());
        pointLine = index;
    }

    private void flushPoint() {
        if (point == null || section == null || !section.isList()) {
            point = null;
            return;
        }
        String text = point.toString().strip();
        point = null;
        if (text.isEmpty()) {
            return;
        }
        if (section == SectionKind.ACTION_ITEMS) {
            actions.add(action(text, pointLine));
        } else {
            points.computeIfAbsent(section, kind -> new ArrayList<>()).add(text);
        }
    }

    private ActionItem action(String text, int index) {
        UUID id = UUID.nameUUIDFromBytes((file + ":" + (index + 1) + ":action").getBytes(StandardCharsets.UTF_8));
        return new ActionItem(id, text, null, null, null, ActionStatus.OPEN, null, null);
    }

    private void appendText(String text) {
        if (section != null && !section.isList()) {
            texts.computeIfAbsent(section, kind -> new StringBuilder()).append(text);
        }
    }

    private RcaDocument document() {
        String summary = text(SectionKind.SUMMARY);
        return new RcaDocument(summary.isEmpty() ? leadParagraph : summary, text(SectionKind.IMPACT),
                text(SectionKind.ROOT_CAUSE), list(SectionKind.CONTRIBUTING_FACTORS), list(SectionKind.WENT_WELL),
                list(SectionKind.COULD_BE_BETTER), list(SectionKind.GOT_LUCKY), list(SectionKind.LESSONS),
                actions.isEmpty() ? promises : actions);
    }

    private String text(SectionKind kind) {
        StringBuilder text = texts.get(kind);
        return text == null ? "" : text.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private List<String> list(SectionKind kind) {
        return points.getOrDefault(kind, List.of());
    }
}
