package dev.aftermath.importing.metrics;

import dev.aftermath.importing.ImportWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects an import's warnings, keeping the first {@value #KEPT} in full: a file with a million bad rows should
 * tell the user what is wrong, not hand them a million lines.
 */
final class Warnings {

    static final int KEPT = 100;

    private final String file;
    private final List<ImportWarning> kept = new ArrayList<>();
    private int dropped;

    Warnings(String file) {
        this.file = file;
    }

    void add(Integer line, String message) {
        add(new ImportWarning(file, line, message));
    }

    void add(ImportWarning warning) {
        if (kept.size() < KEPT) {
            kept.add(warning);
        } else {
            dropped++;
        }
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    ImportWarning first() {
        return kept.get(0);
    }

    List<ImportWarning> list() {
        List<ImportWarning> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(new ImportWarning(file, null, dropped + " more warning(s) like the ones above not shown"));
        }
        return all;
    }
}
