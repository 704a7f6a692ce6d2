package dev.aftermath.importing.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tidies what a web page's links leave behind when the page is copied as plain text: the link's address is gone,
 * so "our EU data centre (https://…) is" reads "our EU data centre ( is", "()" stays empty, and "hosted on
 * https://…" ends a paragraph with "hosted on". The text is made to read cleanly; nothing with words in it is
 * removed except a dangling last phrase that only pointed at the link.
 */
public final class LinkRemnants {

    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[ \\t]*(?:\\([\\s,;]*\\)|\\[\\s*\\])");
    /**
     * Phrases whose object was a link: "hosted on", "available at", "see". Only these: "signed in" or "turned
     * back on" also end on a preposition and are whole.
     */
    private static final Pattern LINK_LEAD_IN = Pattern.compile("(?i)\\b(?:(?:hosted|available|posted|published"
            + "|found|located|served|listed|documented|described|shared|linked|reachable|accessible|subscribe)"
            + "[ \\t]+(on|at|via|from|in|here)|(see|visit|via|(?:go|head|refer)[ \\t]+to))[ \\t]*:?[ \\t]*$");
    /** A short aside after a dash that only led to the link: " - hosted on", " – details are posted at". */
    private static final Pattern DASH_CLAUSE = Pattern.compile("[ \\t]+[-–—][ \\t]+(?:[^-–—,;\\s]+[ \\t]+){0,3}"
            + "[^-–—,;\\s]+[ \\t]*:?[ \\t]*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…)\\]\"'”’]\\s*$");

    private LinkRemnants() {
    }

    /** Empty brackets and unclosed parentheses removed, for a sentence cut out of a paragraph. */
    public static String tidyBrackets(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('[') < 0) {
            return text;
        }
        return withoutUnclosedParentheses(EMPTY_BRACKETS.matcher(text).replaceAll(""));
    }

    /** Empty brackets, unclosed parentheses and dangling paragraph ends removed, for a whole post or paragraph. */
    public static String tidy(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('[') < 0 && !mayDangle(text)) {
            return text;
        }
        String[] paragraphs = EMPTY_BRACKETS.matcher(text).replaceAll("").split("(?<=\\n)(?=[ \\t]*\\n)", -1);
        StringBuilder tidied = new StringBuilder(text.length());
        for (String paragraph : paragraphs) {
            tidied.append(withoutDanglingEnd(withoutUnclosedParentheses(paragraph)));
        }
        return tidied.toString();
    }

    /** Cheap check: could the text end a paragraph with a dangling word at all? */
    private static boolean mayDangle(String text) {
        return !SENTENCE_END.matcher(text).find() || text.contains("\n\n");
    }

    /** Removes "(" that opens onto a space or the line's end and is never closed on its line. */
    private static String withoutUnclosedParentheses(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        int lineStart = 0;
        for (int index = 0; index < paragraph.length(); index++) {
            char character = paragraph.charAt(index);
            if (character == '\n') {
                lineStart = out.length() + 1;
            }
            boolean opensOntoNothing = character == '(' && (index + 1 == paragraph.length()
                    || Character.isWhitespace(paragraph.charAt(index + 1)));
            if (opensOntoNothing && !closedLater(paragraph, index)) {
                while (out.length() > lineStart && (out.charAt(out.length() - 1) == ' '
                        || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
                continue;
            }
            out.append(character);
        }
        return out.toString();
    }

    private static boolean closedLater(String text, int open) {
        for (int index = open + 1; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == ')') {
                return true;
            }
            if (character == '(' || character == '\n') {
                return false;
            }
        }
        return false;
    }

    /** A paragraph that stops on "hosted on" lost its link: drop the dash clause or the last word. */
    private static String withoutDanglingEnd(String paragraph) {
        String body = paragraph.stripTrailing();
        String trailing = paragraph.substring(body.length());
        Matcher leadIn = LINK_LEAD_IN.matcher(body);
        if (body.isEmpty() || SENTENCE_END.matcher(body).find() || !leadIn.find()) {
            return paragraph;
        }
        int danglingStart = leadIn.start(1) >= 0 ? leadIn.start(1) : leadIn.start(2);
        Matcher clause = DASH_CLAUSE.matcher(body);
        String kept = (clause.find() ? body.substring(0, clause.start()) : body.substring(0, danglingStart))
                .stripTrailing().replaceFirst("[,;:]$", "");
        boolean ended = kept.isEmpty() || SENTENCE_END.matcher(kept).find();
        return kept + (ended ? "" : ".") + trailing;
    }
}
