package dev.aftermath.importing;

import dev.aftermath.work.UserFacingException;

/**
 * The input cannot be imported at all. The message names the file and, where known, the line and column, so a
 * user can open the file and fix it.
 */
public final class ImportException extends UserFacingException {

    private final String file;
    private final Integer line;
    private final Integer column;
    private final String problem;

    public ImportException(String file, Integer line, Integer column, String problem) {
        super(locate(file, line, column) + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public ImportException(String file, String problem) {
        this(file, null, null, problem);
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

    /** What was wrong, without the file and line that the message starts with. */
    public String problem() {
        return problem;
    }
}
