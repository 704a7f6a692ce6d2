package dev.aftermath.app.importing;

import java.util.List;

/** The preview's one-line account of what an import found. */
final class PreviewSummary {

    private PreviewSummary() {
    }

    /** "2 files · 1 incident · 14 entries · 2 series · 3 warnings". */
    static String of(int files, List<PlannedIncident> incidents, int warnings) {
        int entries = incidents.stream().mapToInt(incident -> incident.entries().size()).sum();
        int series = incidents.stream().mapToInt(incident -> incident.series().size()).sum();
        return count(files, "file") + " · " + count(incidents.size(), "incident") + " · "
                + count(entries, "entry") + " · " + series + " series · " + count(warnings, "warning");
    }

    private static String count(int count, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return count + " " + (count == 1 ? noun : plural);
    }
}
