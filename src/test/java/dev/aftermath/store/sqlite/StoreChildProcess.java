package dev.aftermath.store.sqlite;

import dev.aftermath.model.EntryKind;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A second process for the store's tests. {@code hold FILE}: opens the workspace, says "open", and keeps it open
 * until killed. {@code write FILE}: saves incidents of 200 entries each, one per transaction, saying "saved N"
 * after each commit, until killed.
 */
public final class StoreChildProcess {

    private StoreChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[1]);
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(Long.MAX_VALUE);
            }
            for (int saved = 1; ; saved++) {
                store.save(incidentNumber(saved));
                System.out.println("saved " + saved);
                System.out.flush();
            }
        }
    }

    static Incident incidentNumber(int number) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            entries.add(TimelineEntry.manual(Instant.ofEpochSecond(1_700_000_000L + i * 60L), EntryKind.NOTE,
                    "entry " + i + " of incident " + number));
        }
        return Incident.create("Incident " + number, ZoneOffset.UTC).withEntries(entries);
    }
}
