package dev.aftermath.model;

/**
 * Where an entry was read from: a file name and either a 1-based line or a JSON path. Manual entries have none.
 *
 * @param file the file's name as the user gave it, or null
 * @param line 1-based line number, or null
 * @param path a JSON path such as {@code $.incidents[0].incident_updates[2]}, or null
 * @param doubt what made the entry's time doubtful when it was read (a bare time earlier than the one before it,
 *              a wall time the clocks skipped), or null; kept so that the checks before review can point at it
 */
public record Provenance(String file, Integer line, String path, String doubt) {

    public Provenance {
        doubt = doubt == null || doubt.isBlank() ? null : doubt;
    }

    public Provenance(String file, Integer line, String path) {
        this(file, line, path, null);
    }

    public static Provenance ofLine(String file, int line) {
        return new Provenance(file, line, null);
    }

    public static Provenance ofPath(String file, String path) {
        return new Provenance(file, null, path);
    }

    public Provenance withDoubt(String newDoubt) {
        return new Provenance(file, line, path, newDoubt);
    }

    /** {@code report.md:12}, {@code incidents.json $.incidents[0]} or just the file name. */
    public String describe() {
        StringBuilder text = new StringBuilder(file == null ? "" : file);
        if (line != null) {
            text.append(':').append(line);
        }
        if (path != null) {
            text.append(text.length() == 0 ? "" : " ").append(path);
        }
        return text.toString();
    }

    /**
     * What tells entries of one file apart, in a narrow column: {@code report.md:12}, or the file and the last step
     * of the JSON path ({@code incidents.json incident_updates[2]}), or just the file name.
     */
    public String brief() {
        String name = file == null ? "" : file;
        if (line != null) {
            return name + ':' + line;
        }
        if (path == null) {
            return name;
        }
        String step = path.substring(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')) + 1);
        return name.isEmpty() ? step : name + " " + step;
    }
}
