package dev.aftermath.importing.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hard-wrapped prose joined back into whole paragraphs, so that "paged at" at the end of one line and "09:15 UTC"
 * at the start of the next read as one sentence. The joined text stands on the paragraph's first line and the
 * lines it took are left empty; {@link #lineOf} tells which line of the file a character came from.
 *
 * <p>A line continues the one above when that one is long prose that does not end a sentence, and neither is a
 * heading, a list item, a table row or a line kept apart (status-page date lines). Copies from web pages put a
 * whole paragraph on one line, so they are left as they are.
 */
final class WrappedLines {

    /** Shorter lines are titles, names or status words, not wrapped prose. */
    static final int SHORTEST_WRAPPED = 40;

    private static final Pattern STARTS_BLOCK = Pattern.compile(
            "\\s{0,12}(?:[-*•+·▪◦‣]\\s|\\d{1,3}[.)]\\s|\\||#|>|```|={3}|-{3}).*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;|]\\s*[\"')\\]*_]*\\s*");

    private final List<String> joined;
    /** Per joined line: where each file line it holds begins (offset, 0-based line), pairwise. */
    private final List<int[]> starts;

    private WrappedLines(List<String> joined, List<int[]> starts) {
        this.joined = joined;
        this.starts = starts;
    }

    /** @param apart 0-based lines that never join another */
    static WrappedLines of(List<String> lines, Set<Integer> apart) {
        List<String> joined = new ArrayList<>(lines.size());
        List<int[]> starts = new ArrayList<>(lines.size());
        int paragraph = -1;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (paragraph >= 0 && continues(lines.get(index - 1), line, apart.contains(index))) {
                String head = joined.get(paragraph);
                String glued = head.stripTrailing() + " ";
                int[] before = starts.get(paragraph);
                int[] after = Arrays.copyOf(before, before.length + 2);
                after[before.length] = glued.length();
                after[before.length + 1] = index;
                joined.set(paragraph, glued + line.strip());
                starts.set(paragraph, after);
                joined.add("");
                starts.add(new int[] {0, index});
                continue;
            }
            joined.add(line);
            starts.add(new int[] {0, index});
            paragraph = apart.contains(index) ? -1 : index;
        }
        return new WrappedLines(List.copyOf(joined), starts);
    }

    private static boolean continues(String previous, String line, boolean keptApart) {
        return !keptApart && !line.isBlank() && !STARTS_BLOCK.matcher(line).matches()
                && previous.strip().length() >= SHORTEST_WRAPPED && !ENDS_SENTENCE.matcher(previous).matches()
                && !previous.stripLeading().startsWith("|") && !previous.stripLeading().startsWith("#");
    }

    /** The lines, with wrapped paragraphs joined onto their first line. */
    List<String> lines() {
        return joined;
    }

    /** The 1-based line of the file that character {@code offset} of joined line {@code index} came from. */
    int lineOf(int index, int offset) {
        int[] lineStarts = starts.get(index);
        int line = lineStarts[1];
        for (int pair = 0; pair < lineStarts.length; pair += 2) {
            if (lineStarts[pair] <= offset) {
                line = lineStarts[pair + 1];
            }
        }
        return line + 1;
    }
}
