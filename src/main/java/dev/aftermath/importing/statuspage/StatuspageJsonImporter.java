package dev.aftermath.importing.statuspage;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the JSON of the Atlassian Statuspage public API ({@code incidents.json}, {@code incidents/unresolved.json},
 * {@code summary.json}), its webhook payloads, and single incident objects: one incident per Statuspage incident.
 *
 * <p>Times are converted to UTC from the page's own offset, which changes across daylight saving time within one
 * file. The incidents are shown in the page's {@code time_zone} when the payload names one, else in UTC.
 */
public final class StatuspageJsonImporter implements Importer {

    private static final Pattern STATUSPAGE_KEY =
            Pattern.compile("\"(incidents|incident|incident_updates|page)\"\\s*:\\s*[\\[{]");

    @Override
    public String id() {
        return "statuspage-json";
    }

    @Override
    public String displayName() {
        return "Statuspage JSON (API or webhook)";
    }

    @Override
    public boolean canRead(Source source) throws IOException {
        String head = source.headText(4096).stripLeading();
        return (head.startsWith("{") || head.startsWith("[")) && STATUSPAGE_KEY.matcher(head).find();
    }

    /**
     * Any .json file: of the JSON importers this one reads the most shapes, and its sniff is the one a real file
     * can miss (a long page object before the incidents). JSON that is broken is told at its line and column.
     */
    @Override
    public boolean claimsByName(Source source) {
        return source.extension().equals("json");
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        StatuspagePayload payload = StatuspagePayloadParser.parse(BoundedJson.read(source), source.name(),
                options.zone(), warnings);
        StatuspageIncidentMapper mapper = new StatuspageIncidentMapper(source.name(), warnings);
        List<Incident> incidents = new ArrayList<>();
        for (PageIncident incident : payload.incidents()) {
            progress.checkCancelled();
            incidents.add(mapper.toIncident(incident, payload.pageZone()));
            progress.worked(incidents.size(), payload.incidents().size());
        }
        return new ImportResult(incidents, false, warnings);
    }
}
