package dev.aftermath.importing.report;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.pastedtext.ParsedStatusPage;
import dev.aftermath.importing.pastedtext.StatusPagePost;
import dev.aftermath.importing.pastedtext.StatusPageTextImporter;
import dev.aftermath.importing.pastedtext.StatusPageTextParser;
import dev.aftermath.importing.pastedtext.StatusPostEntries;
import dev.aftermath.importing.pastedtext.TextInput;
import dev.aftermath.model.EntryKind;
import dev.aftermath.model.EntrySource;
import dev.aftermath.model.Incident;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A written incident report in prose, Markdown or plain text: every timestamped statement becomes an entry with a
 * kind read from its wording, the review's sections fill the RCA, and status-page posts copied along with the
 * report become COMMUNICATION entries. The fallback for text no other importer claims.
 */
public final class ReportImporter implements Importer {

    private static final int SNIFF_BYTES = 8192;
    private static final StatusPageTextImporter COPIED_PAGE = new StatusPageTextImporter();
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");

    @Override
    public String id() {
        return "report";
    }

    @Override
    public String displayName() {
        return "Incident report (text or Markdown)";
    }

    /**
     * Text that is not JSON, XML or CSV, not a copied status page (the status-page text importer reads those
     * better), and mentions at least one time of day.
     */
    @Override
    public boolean canRead(Source source) throws IOException {
        String head = source.headText(SNIFF_BYTES);
        if (head.isBlank() || TextInput.looksBinary(head) || ReportSniffing.looksStructured(head)
                || COPIED_PAGE.canRead(source)) {
            return false;
        }
        for (String line : head.split("\\R", 400)) {
            if (!TimeExpressionParser.parse(line, null).mentions().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean claimsByName(Source source) {
        return MARKDOWN_EXTENSIONS.contains(source.extension());
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        String file = source.name();
        List<String> lines = TextInput.lines(TextInput.read(source));
        List<ImportWarning> warnings = new ArrayList<>();
        ParsedStatusPage page = StatusPageTextParser.parse(lines);
        Set<Integer> postLines = postLines(page);
        progress.checkCancelled();
        ZoneId userZone = options.zone();
        List<TimelineEntry> entries = new ArrayList<>(StatusPostEntries.entries(page, file, List.of(),
                userZone == null ? ZoneOffset.UTC : userZone, warnings));
        List<Statement> statements = new ReportTimeline(file, lines, postLines, warnings)
                .statements(page.yearAnchors(), userZone);
        progress.worked(lines.size() / 2, lines.size());
        progress.checkCancelled();
        entries.addAll(classified(file, statements));
        RcaDocument rca = new ReportSections(file, lines, sectionBreaks(page)).read();
        if (entries.isEmpty() && rca.isEmpty()) {
            throw new ImportException(file, "no dated statement and no review section found; this does not look "
                    + "like an incident report");
        }
        Incident incident = Incident.create(ReportHeader.title(lines, page), userZone)
                .withSeverity(ReportHeader.severity(lines).orElse(null))
                .withAffected(page.affected())
                .withEntries(entries)
                .withRca(rca);
        progress.worked(lines.size(), lines.size());
        return new ImportResult(List.of(incident), false, warnings);
    }

    private static List<TimelineEntry> classified(String file, List<Statement> statements) {
        List<EntryClassifier.PhraseRule> rules = statements.stream()
                .map(statement -> EntryClassifier.match(statement.clause())).toList();
        Instant impactStart = null;
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            EntryKind kind = EntryClassifier.kind(rules.get(index), statement.at(), null, statement.end() != null);
            if (kind == EntryKind.IMPACT_STARTED && (impactStart == null || statement.at().isBefore(impactStart))) {
                impactStart = statement.at();
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (int index = 0; index < statements.size(); index++) {
            Statement statement = statements.get(index);
            EntryKind kind = EntryClassifier.kind(rules.get(index), statement.at(), impactStart,
                    statement.end() != null);
            UUID id = UUID.nameUUIDFromBytes((file + ":" + statement.line() + ":" + statement.index())
                    .getBytes(StandardCharsets.UTF_8));
            entries.add(new TimelineEntry(id, statement.at(), statement.end(), kind, statement.text(),
                    EntrySource.REPORT, Provenance.ofLine(file, statement.line()).withDoubt(statement.doubt()), null,
                    statement.approximate(),
                    false));
        }
        return entries;
    }

    /** The date lines of copied posts: their times are the posts', not statements of the report. */
    private static Set<Integer> postLines(ParsedStatusPage page) {
        Set<Integer> lines = new HashSet<>();
        for (StatusPagePost post : page.posts()) {
            lines.add(post.dateLine() - 1);
        }
        return lines;
    }

    private static Set<Integer> sectionBreaks(ParsedStatusPage page) {
        Set<Integer> breaks = postLines(page);
        if (page.affectedLine() > 0) {
            breaks.add(page.affectedLine() - 1);
        }
        return breaks;
    }
}
