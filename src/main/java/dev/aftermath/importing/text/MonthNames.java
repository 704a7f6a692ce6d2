package dev.aftermath.importing.text;

import java.time.Month;
import java.util.Locale;
import java.util.Optional;

/** English month names and their abbreviations, as dates in incident texts, reports and feeds spell them. */
public final class MonthNames {

    /** A regular-expression alternation of every accepted spelling, longest first so "June" wins over "Jun". */
    public static final String PATTERN = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

    private MonthNames() {
    }

    /** The month of a name such as Jan, January or Sept: its first three letters decide, in any case. */
    public static Optional<Month> month(String name) {
        if (name == null || name.length() < 3) {
            return Optional.empty();
        }
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }
}
