package dev.aftermath.work;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Pattern;

/**
 * What went wrong in a JSON file, in words for the person who gave it: the JSON readers of bundles, status pages and
 * Prometheus responses say it alike. The line and column come with the exception that carries these words.
 */
public final class JsonProblems {

    public static final String CUT_SHORT = "the JSON ends in the middle of a value; is the file cut short?";

    /** Jackson's own location notes ("(start marker at [Source: REDACTED ...; line: 1, column: 60])"). */
    private static final Pattern LOCATION_NOTE = Pattern.compile("\\s*\\([^()]*\\[Source:[^\\]]*\\][^()]*\\)");

    private JsonProblems() {
    }

    public static String describe(JsonProcessingException problem) {
        String message = problem.getOriginalMessage();
        if (problem instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return CUT_SHORT;
        }
        if (message.startsWith("Trailing token")) {
            return "the JSON value ends before this point, but more text follows";
        }
        return "not valid JSON: " + LOCATION_NOTE.matcher(message).replaceAll("").strip();
    }
}
