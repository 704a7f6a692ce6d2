package dev.aftermath.importing.report;

import java.util.ArrayList;
import java.util.List;

/** Tells structured data (JSON, XML, delimited tables) from prose, so the prose fallback leaves it alone. */
final class ReportSniffing {

    private static final char[] DELIMITERS = {',', ';', '\t'};

    private ReportSniffing() {
    }

    static boolean looksStructured(String head) {
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[") || start.startsWith("<") || start.startsWith("sep=")) {
            return true;
        }
        List<String> lines = new ArrayList<>();
        for (String line : start.split("\\R", 12)) {
            if (!line.isBlank() && lines.size() < 10) {
                lines.add(line);
            }
        }
        return lines.size() >= 3 && isDelimitedTable(lines);
    }

    /** Most lines carry the same number of one delimiter and no line reads like a sentence. */
    private static boolean isDelimitedTable(List<String> lines) {
        for (char delimiter : DELIMITERS) {
            long first = count(lines.get(0), delimiter);
            if (first == 0) {
                continue;
            }
            long same = lines.stream().filter(line -> count(line, delimiter) == first).count();
            boolean prose = lines.stream().anyMatch(line -> line.contains(". ") && line.length() > 80);
            if (same * 10 >= lines.size() * 8L && !prose) {
                return true;
            }
        }
        return false;
    }

    private static long count(String line, char delimiter) {
        return line.chars().filter(character -> character == delimiter).count();
    }
}
