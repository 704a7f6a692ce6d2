package dev.aftermath.importing.report;

import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.pastedtext.YearInference;
import dev.aftermath.importing.text.ZoneAbbreviations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places every time a report mentions on a date and in a zone, in document order. A date carries forward to the
 * bare times after it until another date is written; a date without a year takes the year of the nearest date
 * that has one; a time without a zone takes the zone the report states ("All times UTC"), else the zone most of
 * its times are written in, else the user's zone, else UTC with a warning. A prose date with no time next to it
 * ("Starting 22nd April, we rolled out") does not move the current date; a date standing alone as a header does.
 */
final class ReportTimeline {

    /** Longer lines are read only this far; a report's paragraph is far shorter, a runaway line is not a report. */
    static final int LONGEST_LINE = 50_000;

    private static final Pattern ZONE_STATEMENT = Pattern.compile("(?i:\\b(?:all\\s{1,3}times?|times?\\s{1,3}"
            + "(?:are|shown|given|listed|in)|timeline|time)\\b[^\\n]{0,20}?)"
            + "\\b((?:UTC|GMT)[+-]\\d{1,2}|UTC|GMT|[A-Z]{2,4}T|US/[A-Za-z]{3,12})\\b");
    private static final Pattern HEADER_REST = Pattern.compile(
            "[\\s#*_|:()\\[\\],.-]*(?:(?i)(?:all\\s{1,3})?times?\\s{0,3}(?:are\\s{1,3})?(?:in\\s{1,3})?\\w{0,6})?"
                    + "[\\s*_|:()\\[\\],.-]*");

    private final String file;
    private final List<String> lines;
    private final WrappedLines wrapped;
    private final Set<Integer> skipped;
    private final List<ImportWarning> warnings;
    private final List<String> read = new ArrayList<>();
    private final List<LineTimes> parsed = new ArrayList<>();
    private final List<YearInference.Anchor> anchors = new ArrayList<>();
    private final Set<String> doubtsReported = new HashSet<>();

    ReportTimeline(String file, List<String> lines, Set<Integer> skippedLines, List<ImportWarning> warnings) {
        this.file = file;
        this.lines = lines;
        this.wrapped = WrappedLines.of(lines, skippedLines);
        this.skipped = skippedLines;
        this.warnings = warnings;
    }

    /**
     * @param moreAnchors dates with a year found elsewhere (status-page date lines)
     * @param userZone the zone the user gave, or null
     */
    List<Statement> statements(List<YearInference.Anchor> moreAnchors, ZoneId userZone) {
        parseLines(userZone);
        anchors.addAll(moreAnchors);
        ZoneId zone = documentZone(userZone);
        List<Statement> statements = new ArrayList<>();
        Placement placement = new Placement(firstDate());
        for (int index = 0; index < lines.size(); index++) {
            LineTimes times = parsed.get(index);
            String line = read.get(index);
            placement.startLine(line, index == 0 || lines.get(index - 1).isBlank(), times);
            if (times.mentions().isEmpty()) {
                var header = headerDate(line, times);
                if (header.isPresent()) {
                    placement.current = resolve(header.get(), index + 1);
                    placement.previous = null;
                }
                continue;
            }
            List<StatementText.Cut> cuts = withHeadingText(StatementText.cut(line, times), index);
            for (int number = 0; number < times.mentions().size(); number++) {
                TimeMention mention = times.mentions().get(number);
                StatementText.Cut cut = cuts.get(number);
                statements.add(place(placement, mention, zone, wrapped.lineOf(index, mention.start()), number,
                        cut));
            }
        }
        return statements.stream().filter(statement -> statement.at() != null).toList();
    }

    /** A heading that is only a time ("### 09:37 UTC") takes its words from the line under it. */
    private List<StatementText.Cut> withHeadingText(List<StatementText.Cut> cuts, int index) {
        if (cuts.size() != 1 || !cuts.get(0).text().isEmpty()) {
            return cuts;
        }
        for (int next = index + 1; next < read.size() && next <= index + 2; next++) {
            String text = read.get(next).strip();
            if (!text.isEmpty()) {
                String words = text.length() > StatementText.LONGEST_TEXT
                        ? text.substring(0, StatementText.LONGEST_TEXT) : text;
                return List.of(new StatementText.Cut(words, words));
            }
        }
        return cuts;
    }

    private void parseLines(ZoneId userZone) {
        for (int index = 0; index < lines.size(); index++) {
            String line = wrapped.lines().get(index);
            if (line.length() > LONGEST_LINE) {
                warnings.add(new ImportWarning(file, index + 1,
                        "the line is " + line.length() + " characters long; only its first " + LONGEST_LINE
                                + " were read"));
                line = line.substring(0, LONGEST_LINE);
            }
            read.add(line);
            LineTimes times = skipped.contains(index) ? new LineTimes(List.of(), List.of())
                    : TimeExpressionParser.parse(line, userZone);
            parsed.add(times);
            for (TimeMention mention : times.mentions()) {
                int mentionLine = wrapped.lineOf(index, mention.start());
                warnOfDoubt(mention.from().zoneDoubt(), mentionLine);
                warnOfDoubt(mention.until() == null ? null : mention.until().zoneDoubt(), mentionLine);
            }
            for (CalendarDate date : times.dates()) {
                if (date.year() != null) {
                    anchors.add(new YearInference.Anchor(index + 1, safeDate(date.year(), date.month(), date.day())));
                }
            }
        }
    }

    /** Says once per abbreviation which reading an ambiguous one got. */
    private void warnOfDoubt(String doubt, int line) {
        if (doubt != null && doubtsReported.add(doubt)) {
            warnings.add(new ImportWarning(file, line, doubt));
        }
    }

    /** The zone for times written without one. */
    private ZoneId documentZone(ZoneId userZone) {
        for (int index = 0; index < read.size(); index++) {
            String line = read.get(index);
            Matcher statement = ZONE_STATEMENT.matcher(line.length() > 2000 ? line.substring(0, 2000) : line);
            if (statement.find()) {
                var zone = ZoneAbbreviations.meaning(statement.group(1), userZone);
                if (zone.isPresent()) {
                    warnOfDoubt(zone.get().doubt(), index + 1);
                    return zone.get().zone();
                }
            }
        }
        Map<ZoneId, Integer> counts = new HashMap<>();
        parsed.forEach(times -> times.mentions().forEach(mention -> {
            if (mention.from().zone() != null) {
                counts.merge(mention.from().zone(), 1, Integer::sum);
            }
        }));
        if (!counts.isEmpty()) {
            return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
        }
        if (userZone != null) {
            return userZone;
        }
        for (int index = 0; index < parsed.size(); index++) {
            if (!parsed.get(index).mentions().isEmpty()) {
                warnings.add(new ImportWarning(file, index + 1, "the report names no time zone and none was "
                        + "given; its times are read as UTC (give the zone to read them as local times)"));
                break;
            }
        }
        return ZoneOffset.UTC;
    }

    /** The first date anywhere, for times written before the report names any date. */
    private LocalDate firstDate() {
        for (int index = 0; index < parsed.size(); index++) {
            for (CalendarDate date : parsed.get(index).dates()) {
                if (!date.nextDay()) {
                    return quietly(date, index + 1);
                }
            }
        }
        return anchors.isEmpty() ? null : anchors.get(0).date();
    }

    private Optional<CalendarDate> headerDate(String line, LineTimes times) {
        if (times.dates().size() != 1 || times.dates().get(0).nextDay() || line.length() > 80) {
            return Optional.empty();
        }
        CalendarDate date = times.dates().get(0);
        String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
        return HEADER_REST.matcher(rest).matches() ? Optional.of(date) : Optional.empty();
    }

    private Statement place(Placement placement, TimeMention mention, ZoneId zone, int line, int number,
                            StatementText.Cut cut) {
        LocalDate date;
        if (mention.date() != null) {
            date = resolve(mention.date(), line);
        } else if (mention.nextDay() && placement.current != null) {
            date = placement.current.plusDays(1);
        } else {
            date = placement.current;
        }
        if (date == null) {
            warnings.add(new ImportWarning(file, line, "the time " + mention.from().time()
                    + " has no date and the report names none; it was skipped"));
            return new Statement(line, number, null, null, cut.text(), cut.clause(), mention.approximate(), null);
        }
        boolean bare = mention.date() == null && !mention.nextDay();
        placement.current = date;
        ZoneId startZone = mention.from().zone() != null ? mention.from().zone()
                : mention.until() != null && mention.until().zone() != null ? mention.until().zone() : zone;
        Instant at = ZonedDateTime.of(date, mention.from().time(), startZone).toInstant();
        String doubt = clockChange(date, mention, startZone);
        if (doubt != null) {
            warnings.add(new ImportWarning(file, line, doubt));
        }
        Instant end = mention.until() == null ? null : spanEnd(mention, date, startZone, at, line);
        if (bare && placement.previous != null && at.isBefore(placement.previous)) {
            doubt = "the time " + mention.from().time() + " is earlier than the time before it on " + date
                    + "; it was kept on that day (write the date if it is the next day)";
            warnings.add(new ImportWarning(file, line, doubt));
        }
        placement.previous = at;
        return new Statement(line, number, at, end, cut.text(), cut.clause(), mention.approximate(), doubt);
    }

    /** A wall time the clocks skipped or went through twice at a daylight-saving change is a guess: say so. */
    private static String clockChange(LocalDate date, TimeMention mention, ZoneId zone) {
        LocalDateTime wallTime = LocalDateTime.of(date, mention.from().time());
        int offsets = zone.getRules().getValidOffsets(wallTime).size();
        if (offsets == 1) {
            return null;
        }
        return wallTime + " " + (offsets == 0
                ? "does not exist in " + zone.getId() + " (the clocks went forward); read as "
                : "happened twice in " + zone.getId() + " (the clocks went back); read as the first, ")
                + ZonedDateTime.of(wallTime, zone).toInstant();
    }

    private Instant spanEnd(TimeMention mention, LocalDate date, ZoneId startZone, Instant at, int line) {
        LocalDate endDate = mention.untilDate() != null ? resolve(mention.untilDate(), line) : date;
        ZoneId endZone = mention.until().zone() != null ? mention.until().zone() : startZone;
        Instant end = ZonedDateTime.of(endDate, mention.until().time(), endZone).toInstant();
        if (end.isBefore(at) && mention.untilDate() == null) {
            end = ZonedDateTime.of(endDate.plusDays(1), mention.until().time(), endZone).toInstant();
        }
        return end.isBefore(at) ? null : end;
    }

    private LocalDate resolve(CalendarDate date, int line) {
        Integer year = date.year();
        if (year == null) {
            year = YearInference.year(anchors, line, date.month(), date.day()).orElseGet(() -> {
                int thisYear = Year.now(ZoneOffset.UTC).getValue();
                warnings.add(new ImportWarning(file, line,
                        "the date has no year and the report gives none; read as " + thisYear));
                return thisYear;
            });
        }
        LocalDate resolved = safeDate(year, date.month(), date.day());
        if (resolved.getDayOfMonth() != date.day()) {
            warnings.add(new ImportWarning(file, line, "day " + date.day() + " does not exist in "
                    + resolved.getMonth() + " " + year + "; read as " + resolved));
        }
        return resolved;
    }

    /** The date without warnings: for looking ahead, where the date is warned about when it is reached. */
    private LocalDate quietly(CalendarDate date, int line) {
        int year = date.year() != null ? date.year()
                : YearInference.year(anchors, line, date.month(), date.day())
                        .orElse(Year.now(ZoneOffset.UTC).getValue());
        return safeDate(year, date.month(), date.day());
    }

    private static LocalDate safeDate(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    /** Where the reading stands: the current date, and the last time on it for spotting times out of order. */
    private static final class Placement {

        LocalDate current;
        Instant previous;

        Placement(LocalDate first) {
            current = first;
        }

        /** A heading, or a prose paragraph after a blank line, starts a new run of times. */
        void startLine(String line, boolean afterBlank, LineTimes times) {
            if (line.stripLeading().startsWith("#") || afterBlank && !StatementText.isRow(line, times)) {
                previous = null;
            }
        }
    }
}
