package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.text.LinkRemnants;
import dev.aftermath.importing.text.MonthNames;
import dev.aftermath.importing.text.StatusWording;
import dev.aftermath.model.PostStatus;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits copied status-page text into posts. A post is everything between one date line and the next: its status
 * word first (when the copy kept it), then its body; the date line closes it. Lines before the first post are the
 * header: the incident's title and "Incident Report for X", which some copies break over two lines.
 */
public final class StatusPageTextParser {

    private static final Pattern REPORT_FOR = Pattern.compile("(?:incident\\s{1,3})?report for\\s{1,3}(.{1,200})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_HEADER = Pattern.compile(
            "(" + MonthNames.PATTERN + ")\\.?\\s{1,5}(\\d{1,2})\\s{0,5},\\s{0,5}(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final int LONG_BODY_PARAGRAPHS = 4;

    private StatusPageTextParser() {
    }

    public static ParsedStatusPage parse(List<String> lines) {
        List<Integer> dateLines = new ArrayList<>();
        List<YearInference.Anchor> anchors = new ArrayList<>();
        List<PostDate> dates = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            int line = index + 1;
            Optional<PostDate> date = PostDateParser.parse(lines.get(index));
            if (date.isPresent()) {
                dateLines.add(index);
                dates.add(date.get());
                yearOf(date.get()).ifPresent(day -> anchors.add(new YearInference.Anchor(line, day)));
            }
            dayHeader(lines.get(index)).ifPresent(day -> anchors.add(new YearInference.Anchor(line, day)));
        }
        Header header = header(lines, dateLines.isEmpty() ? lines.size() : dateLines.get(0));
        List<StatusPagePost> posts = new ArrayList<>();
        int blockStart = header.end();
        for (int post = 0; post < dateLines.size(); post++) {
            int dateLine = dateLines.get(post);
            posts.add(post(lines, blockStart, dateLine, dates.get(post)));
            blockStart = dateLine + 1;
        }
        int footerLine = 0;
        List<String> affected = List.of();
        for (int index = blockStart; index < lines.size(); index++) {
            Optional<List<String>> services = AffectedServices.parse(lines.get(index));
            if (services.isPresent()) {
                affected = services.get();
                footerLine = index + 1;
            }
        }
        return new ParsedStatusPage(header.title(), header.pageName(), posts, affected, footerLine, anchors);
    }

    private record Header(String title, String pageName, int end) {
    }

    private static Header header(List<String> lines, int firstDateLine) {
        String title = "";
        String pageName = "";
        int end = 0;
        for (int index = 0; index < firstDateLine && index < 8; index++) {
            String line = lines.get(index).strip();
            if (line.isEmpty() || dayHeader(line).isPresent()) {
                continue;
            }
            Matcher reportFor = REPORT_FOR.matcher(line);
            if (reportFor.matches()) {
                pageName = reportFor.group(1).strip();
                return new Header(title, pageName, index + 1);
            }
            if (StatusLabelLine.read(line).isPresent() || !title.isEmpty() && !line.equalsIgnoreCase("incident")) {
                break;
            }
            if (title.isEmpty() && !bodyOfFirstPost(lines, index, firstDateLine)) {
                title = line.replaceFirst("^#{1,6}\\s*", "");
                end = index + 1;
            }
        }
        return new Header(title, pageName, end);
    }

    /** A copy that starts with a post's body has no title: its first line runs on to the first date line. */
    private static boolean bodyOfFirstPost(List<String> lines, int index, int firstDateLine) {
        int next = index + 1;
        while (next < firstDateLine && lines.get(next).isBlank()) {
            next++;
        }
        return next == firstDateLine && next < lines.size();
    }

    private static StatusPagePost post(List<String> lines, int from, int dateLine, PostDate date) {
        int first = from;
        while (first < dateLine && lines.get(first).isBlank()) {
            first++;
        }
        Optional<StatusLabelLine> label = first < dateLine ? StatusLabelLine.read(lines.get(first))
                : Optional.empty();
        StringBuilder body = new StringBuilder(label.map(StatusLabelLine::rest).orElse(""));
        int bodyStart = label.isPresent() ? first + 1 : first;
        for (int index = bodyStart; index < dateLine; index++) {
            body.append('\n').append(lines.get(index).strip());
        }
        String text = LinkRemnants.tidy(body.toString().strip().replaceAll("\n{3,}", "\n\n"));
        boolean longBody = text.split("\n\\s*\n").length >= LONG_BODY_PARAGRAPHS;
        Optional<PostStatus> stated = label.flatMap(StatusLabelLine::status);
        Optional<PostStatus> status = label.isPresent() ? stated
                : longBody ? Optional.of(PostStatus.POSTMORTEM) : StatusWording.infer(text);
        return new StatusPagePost(label.map(StatusLabelLine::word).orElse(null), status.orElse(null),
                label.isEmpty() && status.isPresent(), text, date, dateLine + 1, first + 1, longBody);
    }

    private static Optional<LocalDate> yearOf(PostDate date) {
        if (date.year() == null) {
            return Optional.empty();
        }
        return Optional.of(date.at(date.year(), ZoneOffset.UTC).toLocalDate());
    }

    private static Optional<LocalDate> dayHeader(String line) {
        String trimmed = line.strip();
        if (trimmed.length() > 40) {
            return Optional.empty();
        }
        Matcher matcher = DAY_HEADER.matcher(trimmed);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<Month> month = MonthNames.month(matcher.group(1));
        int day = Integer.parseInt(matcher.group(2));
        if (month.isEmpty() || day < 1 || day > 31) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(Integer.parseInt(matcher.group(3)), month.get(), 1);
        return Optional.of(first.withDayOfMonth(Math.min(day, first.lengthOfMonth())));
    }
}
