package dev.aftermath.importing.report;

import dev.aftermath.importing.pastedtext.ParsedStatusPage;
import dev.aftermath.importing.pastedtext.PostDateParser;
import dev.aftermath.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The title and stated severity of a report. */
final class ReportHeader {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("\\s{0,3}#{1,6}\\s{1,8}(.{1,200}?)\\s*#*\\s*");
    private static final Pattern SEVERITY = Pattern.compile(
            "\\bsev(?:erity)?\\s{0,3}[:=-]?\\s{0,3}(?:level\\s{1,3})?([0-4])\\b", Pattern.CASE_INSENSITIVE);
    private static final int TITLE_SEARCH_LINES = 12;
    private static final int LONGEST_TITLE = 150;

    private ReportHeader() {
    }

    /**
     * The first Markdown heading; else the first short line of three words or more near the top that is not a
     * sentence, a section heading or a date line; else the copied page's title.
     */
    static String title(List<String> lines, ParsedStatusPage page) {
        for (String line : lines) {
            Matcher heading = MARKDOWN_HEADING.matcher(line.length() > 300 ? "" : line);
            if (heading.matches()) {
                return heading.group(1).replace("**", "").strip();
            }
        }
        for (int index = 0; index < Math.min(lines.size(), TITLE_SEARCH_LINES); index++) {
            String line = lines.get(index).strip();
            if (isTitleLike(line)) {
                return line;
            }
        }
        return page.title();
    }

    private static boolean isTitleLike(String line) {
        return !line.isEmpty() && line.length() <= LONGEST_TITLE && line.split("\\s+").length >= 3
                && !line.endsWith(".") && !line.toLowerCase(Locale.ROOT).startsWith("incident report for")
                && SectionKind.ofHeading(line).isEmpty() && PostDateParser.parse(line).isEmpty();
    }

    /** "SEV2", "Sev 1", "Severity: 3"; SEV0 is read as the worst we have, SEV1. */
    static Optional<Severity> severity(List<String> lines) {
        for (String line : lines) {
            Matcher matcher = SEVERITY.matcher(line.length() > 2000 ? line.substring(0, 2000) : line);
            if (matcher.find()) {
                int level = Math.max(1, Integer.parseInt(matcher.group(1)));
                return Optional.of(Severity.values()[level - 1]);
            }
        }
        return Optional.empty();
    }
}
