package dev.aftermath.importing.pastedtext;

import java.util.Locale;
import java.util.OptionalInt;

/** English month names and their abbreviations, as dates in incident texts spell them. */
public final class MonthNames {

    /** A regular-expression alternation of every accepted spelling, longest first so "June" wins over "Jun". */
    public static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    private static final String[] PREFIXES =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private MonthNames() {
    }

    /** 1 to 12 for a name matched by {@link #PATTERN}. */
    public static OptionalInt month(String name) {
        if (name == null || name.length() < 3) {
            return OptionalInt.empty();
        }
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int index = 0; index < PREFIXES.length; index++) {
            if (PREFIXES[index].equals(prefix)) {
                return OptionalInt.of(index + 1);
            }
        }
        return OptionalInt.empty();
    }
}
