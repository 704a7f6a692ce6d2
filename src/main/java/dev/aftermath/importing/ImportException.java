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
    private final boolean formatUnknown;

    public ImportException(String file, Integer line, Integer column, String problem) {
        this(file, line, column, problem, false);
    }

    public ImportException(String file, String problem) {
        this(file, null, null, problem);
    }

    private ImportException(String file, Integer line, Integer column, String problem, boolean formatUnknown) {
        super(locate(file, line, column) + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.formatUnknown = formatUnknown;
    }

    /**
     * No importer recognises the file: each front end says how to name its format (an option on the command line,
     * the format chooser in the app).
     */
    public static ImportException formatUnknown(String file) {
        return new ImportException(file, null, null, "cannot tell what kind of file this is: not an incident file, "
                + "a status page (JSON, feed or copied text), a metrics export or a report with times in it", true);
    }

    public boolean formatUnknown() {
        return formatUnknown;
    }

    /** The same failure, with the file named another way. */
    public ImportException withFile(String otherName) {
        return new ImportException(otherName, line, column, problem, formatUnknown);
    }

    /** The same failure, with advice after the problem. */
    public ImportException withAdvice(String advice) {
        return new ImportException(file, line, column, problem + "; " + advice, formatUnknown);
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
