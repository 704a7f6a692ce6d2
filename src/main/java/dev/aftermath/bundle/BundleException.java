package dev.aftermath.bundle;

import dev.aftermath.work.UserFacingException;

/**
 * A bundle that cannot be read. Carries the file, line and column apart from the problem, so that an importer can
 * hand them on in its own exception type; the message already reads {@code FILE:LINE:COLUMN: problem}.
 */
public final class BundleException extends UserFacingException {

    private final String file;
    private final Integer line;
    private final Integer column;
    private final String problem;

    public BundleException(String file, Integer line, Integer column, String problem) {
        super(locate(file, line, column) + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String locate(String file, Integer line, Integer column) {
        StringBuilder text = new StringBuilder(file == null ? "input" : file);
        if (line != null) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").toString();
    }

    public String file() {
        return file;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }

    /** What was wrong, without the location. */
    public String problem() {
        return problem;
    }
}
