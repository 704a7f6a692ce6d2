package dev.aftermath.importing.pastedtext;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text copied from a Statuspage incident page: a title, then posts of status word, body and date line. */
public final class StatusPageTextImporter implements Importer {

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern REPORT_HEADINGS = Pattern.compile(
            "(?im)^\\W{0,6}(what went (right|well|wrong)|what could be better|action items|root cause|lessons learn"
                    + "|where we got lucky|contributing factors)\\b");

    @Override
    public String id() {
        return "statuspage-text";
    }

    @Override
    public String displayName() {
        return "Status page text (copied)";
    }

    /** Date lines and a status word near the top, and none of a written report's headings. */
    @Override
    public boolean canRead(Source source) throws IOException {
        String head = source.headText(SNIFF_BYTES);
        if (head.indexOf('\0') >= 0 || REPORT_HEADINGS.matcher(head).find()) {
            return false;
        }
        boolean dateLine = false;
        boolean statusWord = false;
        for (String line : head.split("\\R", 400)) {
            dateLine |= PostDateParser.parse(line).isPresent();
            statusWord |= StatusLabelLine.read(line).isPresent();
        }
        return dateLine && statusWord;
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        String text = TextInput.read(source);
        List<String> lines = TextInput.lines(text);
        ParsedStatusPage page = StatusPageTextParser.parse(lines);
        if (page.posts().isEmpty()) {
            throw new ImportException(source.name(),
                    "no status-page post found: no date line such as 'Posted Nov 22, 2023 - 08:24 UTC'");
        }
        progress.checkCancelled();
        List<ImportWarning> warnings = new ArrayList<>();
        ZoneId zone = options.zone() == null ? ZoneOffset.UTC : options.zone();
        List<TimelineEntry> entries = StatusPostEntries.entries(page, source.name(), List.of(), zone, warnings);
        String title = !page.title().isEmpty() ? page.title()
                : page.pageName().isEmpty() ? "" : "Incident on " + page.pageName();
        Incident incident = Incident.create(title, zone).withAffected(page.affected()).withEntries(entries);
        progress.worked(lines.size(), lines.size());
        return new ImportResult(List.of(incident), false, warnings);
    }
}
