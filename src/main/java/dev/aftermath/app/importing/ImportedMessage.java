package dev.aftermath.app.importing;

import dev.aftermath.model.Incident;
import dev.aftermath.workspace.ImportOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The status bar's last word on an import: what went where and how much of it. "Imported report.md, latency.csv as
 * 'Checkout errors': 24 entries, 2 series", "Imported latency.csv into 'Checkout errors': 1 series", "Imported
 * history.atom as 3 incidents: 41 entries, with 2 warnings".
 */
final class ImportedMessage {

    private static final int LONGEST_TITLE = 60;

    private ImportedMessage() {
    }

    /** @param into the incident the import was merged into, or null when it made (or replaced) incidents */
    static String of(String names, ImportOutcome outcome, UUID into) {
        List<Incident> stored = outcome.stored();
        if (stored.isEmpty()) {
            return "Imported nothing from " + names;
        }
        String where = stored.size() == 1
                ? (stored.get(0).id().equals(into) ? " into " : " as ") + quoted(stored.get(0).title())
                : " as " + stored.size() + " incidents";
        int entries = 0;
        int series = 0;
        int replaced = 0;
        for (Incident incident : stored) {
            // A merge only adds, so what it brought is the difference; an incident file replaces the whole incident.
            Incident before = incident.id().equals(into) ? outcome.replaced().get(incident.id()) : null;
            entries += incident.entries().size() - (before == null ? 0 : before.entries().size());
            series += incident.series().size() - (before == null ? 0 : before.series().size());
            replaced += !incident.id().equals(into) && outcome.replaced().containsKey(incident.id()) ? 1 : 0;
        }
        List<String> amounts = new ArrayList<>();
        if (entries > 0) {
            amounts.add(count(entries, "entry", "entries"));
        }
        if (series > 0) {
            amounts.add(count(series, "series", "series"));
        }
        String what = amounts.isEmpty() ? ": nothing new" : ": " + String.join(", ", amounts);
        String replacing = replaced == 0 ? ""
                : stored.size() == 1 ? ", replacing the workspace's copy"
                : ", replacing " + replaced + " of the workspace's copies";
        int warnings = outcome.warnings().size();
        return "Imported " + names + where + what + replacing
                + (warnings == 0 ? "" : ", with " + count(warnings, "warning", "warnings"));
    }

    private static String count(int number, String one, String many) {
        return number + " " + (number == 1 ? one : many);
    }

    private static String quoted(String title) {
        String line = title.isBlank() ? "Untitled" : title.strip().replaceAll("\\s+", " ");
        return "'" + (line.length() <= LONGEST_TITLE ? line : line.substring(0, LONGEST_TITLE - 1) + "…") + "'";
    }
}
