package dev.aftermath.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.IncidentSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "Lists the incidents of the workspace, most recent first.")
final class ListCommand implements Callable<Integer> {

    /** In terminal columns. */
    private static final int LONGEST_TITLE = 60;
    /** As the app's list shows it: in the incident's own zone, named; `list --json` keeps the UTC instant. */
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ENGLISH);

    @ParentCommand
    private AftermathCommand parent;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        List<IncidentSummary> incidents;
        try (IncidentStore store = parent.openStore()) {
            incidents = store.list();
        }
        PrintWriter out = parent.context().out();
        if (json) {
            printJson(incidents, out);
        } else if (incidents.isEmpty()) {
            out.println("No incidents yet. Import one with: aftermath import FILE");
        } else {
            printTable(incidents, out);
        }
        return 0;
    }

    private static void printJson(List<IncidentSummary> incidents, PrintWriter out) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IncidentSummary incident : incidents) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", incident.id().toString());
            row.put("title", incident.title());
            row.put("start", incident.start() == null ? null : incident.start().toString());
            row.put("severity", incident.severity() == null ? null : incident.severity().name());
            row.put("status", incident.status().name());
            row.put("updatedAt", incident.updatedAt() == null ? null : incident.updatedAt().toString());
            rows.add(row);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(new NonClosingWriter(out), rows);
        out.println();
    }

    private static void printTable(List<IncidentSummary> incidents, PrintWriter out) {
        Table table = new Table("ID", "TITLE", "START", "SEVERITY", "STATUS");
        for (IncidentSummary incident : incidents) {
            table.add(incident.id().toString(),
                    shortened(incident.title()),
                    incident.start() == null ? "-" : START.format(incident.start().atZone(incident.zone())),
                    incident.severity() == null ? "-" : incident.severity().name(),
                    incident.status().name());
        }
        table.print(out);
    }

    private static String shortened(String title) {
        String oneLine = title.isBlank() ? "(untitled)" : title.strip().replaceAll("\\s+", " ");
        return DisplayWidth.shortened(oneLine, LONGEST_TITLE);
    }
}
