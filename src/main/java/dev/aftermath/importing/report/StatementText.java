package dev.aftermath.importing.report;

import dev.aftermath.importing.text.LinkRemnants;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the words belonging to each time out of a line. A timeline row ("- 14:51 text", "| 14:05 | text |",
 * "June 3, 09:12: text") gives the rest of the row. Prose gives the sentence; a sentence with several times is cut
 * between them at the first clause break after each time, so "alarms fired at 08:02, and an incident commander
 * joined at 08:15" becomes two statements.
 */
final class StatementText {

    static final int LONGEST_TEXT = 1000;

    private static final Pattern ROW_LEAD = Pattern.compile(
            "\\s{0,12}(?:[-*•+]\\s{1,4}|\\d{1,3}[.)]\\s{1,4}|\\|\\s{0,4}|#{1,6}\\s{1,4})?(?:\\*\\*|__)?\\s{0,2}[±~]?\\s{0,2}");
    private static final Pattern ROW_SEPARATOR = Pattern.compile("^[\\s*_:|–—-]{1,12}");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",\\s|;\\s|\\sand\\s|\\sthen\\s");
    private static final Pattern CLAUSE_EDGE = Pattern.compile(
            ",\\s{1,3}(?:and|but|which|so|after which|after this time)\\s|;\\s|\\.\\s");

    /** Text and clause for each mention, in order. */
    record Cut(String text, String clause) {
    }

    private StatementText() {
    }

    /** True when the line, past list or table markup, starts with its first time or date. */
    static boolean isRow(String line, LineTimes times) {
        if (times.mentions().isEmpty()) {
            return false;
        }
        Matcher lead = ROW_LEAD.matcher(line);
        return lead.lookingAt() && times.mentions().get(0).start() == lead.end();
    }

    static List<Cut> cut(String line, LineTimes times) {
        return isRow(line, times) ? rowCuts(line, times.mentions()) : proseCuts(line, times.mentions());
    }

    private static List<Cut> rowCuts(String line, List<TimeMention> mentions) {
        List<Cut> cuts = new ArrayList<>();
        for (int index = 0; index < mentions.size(); index++) {
            int from = mentions.get(index).end();
            int to = index + 1 < mentions.size() ? mentions.get(index + 1).start() : line.length();
            String text = clean(ROW_SEPARATOR.matcher(line.substring(from, Math.max(from, to))).replaceFirst(""));
            String rowText = text.replaceAll("\\s*\\|\\s*$", "").replaceAll("\\s*\\|\\s*", " - ");
            cuts.add(new Cut(rowText, rowText));
        }
        return cuts;
    }

    private static List<Cut> proseCuts(String line, List<TimeMention> mentions) {
        List<Cut> cuts = new ArrayList<>();
        List<int[]> sentences = sentences(line, mentions);
        for (int[] sentence : sentences) {
            List<TimeMention> inside = mentions.stream()
                    .filter(mention -> mention.start() >= sentence[0] && mention.start() < sentence[1]).toList();
            int from = sentence[0];
            for (int index = 0; index < inside.size(); index++) {
                TimeMention mention = inside.get(index);
                int to = index + 1 < inside.size() ? nextCut(line, from, mention, inside.get(index + 1))
                        : sentence[1];
                String text = clean(line.substring(from, to));
                cuts.add(new Cut(text, clean(clause(line, from, to, mention))));
                from = to;
            }
        }
        return cuts;
    }

    /** Where the text of one mention ends and the next one's begins; mentions that share a date may overlap. */
    private static int nextCut(String line, int from, TimeMention mention, TimeMention next) {
        int limit = Math.max(from, next.start());
        Matcher clauseBreak = CLAUSE_BREAK.matcher(line).region(Math.min(Math.max(from, mention.end()), limit), limit);
        return clauseBreak.find() ? clauseBreak.start() : limit;
    }

    /** The clause around the mention: the words that say what happened at that time. */
    private static String clause(String line, int from, int to, TimeMention mention) {
        int start = from;
        int end = to;
        Matcher edge = CLAUSE_EDGE.matcher(line).region(from, to);
        while (edge.find()) {
            if (edge.end() <= mention.start()) {
                start = edge.end();
            } else if (edge.start() >= mention.end()) {
                end = edge.start();
                break;
            }
        }
        return line.substring(start, end);
    }

    /** Sentence bounds in the line; a full stop inside a time ("8:13 a.m.") or a date does not end a sentence. */
    private static List<int[]> sentences(String line, List<TimeMention> mentions) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int index = 0; index < line.length(); index++) {
            char character = line.charAt(index);
            if ((character == '.' || character == '!' || character == '?') && endsSentence(line, index)
                    && !inside(mentions, index)) {
                sentences.add(new int[] {start, index + 1});
                start = index + 1;
            }
        }
        if (start < line.length()) {
            sentences.add(new int[] {start, line.length()});
        }
        return sentences;
    }

    private static boolean endsSentence(String line, int index) {
        if (index + 1 >= line.length()) {
            return true;
        }
        char next = line.charAt(index + 1);
        return Character.isWhitespace(next) || Character.isUpperCase(next) && index > 0
                && Character.isLowerCase(line.charAt(index - 1));
    }

    private static boolean inside(List<TimeMention> mentions, int index) {
        for (TimeMention mention : mentions) {
            if (index >= mention.start() && index < mention.end()) {
                return true;
            }
        }
        return false;
    }

    private static String clean(String text) {
        String plain = LinkRemnants.tidyBrackets(text).replace("**", "").replace("__", "").strip()
                .replaceFirst("^[,;\\s]*(?:(?:and|then)\\s+)?", "").replaceFirst("[,;]$", "").strip();
        return plain.length() > LONGEST_TEXT ? plain.substring(0, LONGEST_TEXT) + "…" : plain;
    }
}
