package dev.aftermath.importing.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** The words exports write where a value is missing or infinite. */
final class MissingWords {

    private static final Set<String> MISSING = Set.of(
            "", "null", "nan", "-nan", "undefined", "#n/a", "n/a", "na", "-", "--", "none", "nil", "#value!", "#div/0!");
    private static final int LONGEST_WORD = 12;

    private MissingWords() {
    }

    /** The cell as lower-case text when it is short enough to be one of these words, else null. */
    static String ascii(byte[] bytes, int from, int to) {
        if (to - from > LONGEST_WORD) {
            return null;
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
    }

    static boolean isMissing(String lowerCaseWord) {
        return MISSING.contains(lowerCaseWord);
    }

    /** Positive or negative infinity for the words that spell it, NaN otherwise. */
    static double infinity(String lowerCaseWord) {
        return switch (lowerCaseWord) {
            case "inf", "+inf", "infinity", "+infinity", "\u221e" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity", "-\u221e" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }
}
