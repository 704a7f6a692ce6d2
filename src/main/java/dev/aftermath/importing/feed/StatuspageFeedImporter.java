package dev.aftermath.importing.feed;

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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a Statuspage history feed ({@code history.atom}, {@code history.rss}): one incident per entry or item,
 * one communication entry per update found in its content. The XML is read without document types, so external
 * entities and entity expansion are impossible.
 */
public final class StatuspageFeedImporter implements Importer {

    private static final Pattern FEED_ROOT = Pattern.compile("<(feed|rss|rdf:RDF)[\\s>]");
    private static final Set<String> FEED_EXTENSIONS = Set.of("atom", "rss", "xml");

    @Override
    public String id() {
        return "statuspage-feed";
    }

    @Override
    public String displayName() {
        return "Statuspage history feed (Atom or RSS)";
    }

    @Override
    public boolean canRead(Source source) throws IOException {
        String head = source.headText(4096).stripLeading();
        return head.startsWith("<") && FEED_ROOT.matcher(head).find();
    }

    @Override
    public boolean claimsByName(Source source) {
        return FEED_EXTENSIONS.contains(source.extension());
    }

    @Override
    public ImportResult read(Source source, ImportOptions options, Progress progress) throws ImportException {
        List<ImportWarning> warnings = new ArrayList<>();
        FeedDocument feed = FeedParser.parse(source, warnings);
        if (feed.items().isEmpty()) {
            throw new ImportException(source.name(), "no incidents found: the feed has no entries or items");
        }
        FeedIncidentMapper mapper = new FeedIncidentMapper(source.name(), options.zone(), warnings);
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < feed.items().size(); i++) {
            progress.checkCancelled();
            Optional<Incident> incident = mapper.toIncident(feed.items().get(i), feed.feedUpdated());
            incident.ifPresent(incidents::add);
            progress.worked(i + 1, feed.items().size());
        }
        if (incidents.isEmpty()) {
            throw new ImportException(source.name(), "no incidents found: none of the feed's "
                    + feed.items().size() + " entries could be read (" + warnings.get(warnings.size() - 1).message() + ")");
        }
        return new ImportResult(incidents, false, warnings);
    }
}
