package dev.aftermath.workspace;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.ImporterRegistry;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Imports files into the workspace, for the command line and the desktop alike. All or nothing: every source is
 * read before anything is stored, and everything is stored in one transaction, so a bad file changes nothing.
 */
public final class ImportService {

    private final IncidentStore store;
    private final ImporterRegistry importers;

    public ImportService(IncidentStore store, ImporterRegistry importers) {
        this.store = store;
        this.importers = importers;
    }

    /**
     * Reads the sources and stores what they hold. Bundles keep their incident's id; other sources go into
     * {@code request.into()} when given, else into one new incident when each source holds exactly one incident,
     * else into one new incident each.
     *
     * @throws ImportException when a source cannot be read (nothing is stored)
     * @throws IncidentExistsException when a bundle's incident exists and {@code request.replace()} is false
     */
    public ImportOutcome importSources(List<Source> sources, ImportRequest request, Progress progress) {
        if (sources.isEmpty()) {
            throw new UserFacingException("nothing to import: give at least one file");
        }
        Incident target = request.into() == null ? null
                : store.find(request.into()).orElseThrow(() -> new UnknownIncidentException(request.into()));
        List<SourceResult> results = readAll(sources, request, progress);
        List<Incident> incidents = target != null
                ? List.of(intoTarget(target, results, request))
                : newIncidents(results, request);
        if (incidents.isEmpty()) {
            throw new ImportException(sources.get(0).name(), "nothing to import: no incident found");
        }
        progress.checkCancelled();
        store.saveAll(incidents);
        return new ImportOutcome(incidents.stream().map(Incident::id).toList(), warnings(results));
    }

    private record SourceResult(Source source, ImportResult result) {
    }

    private List<SourceResult> readAll(List<Source> sources, ImportRequest request, Progress progress) {
        ImportOptions options = new ImportOptions(request.zone());
        List<SourceResult> results = new ArrayList<>();
        for (Source source : sources) {
            progress.checkCancelled();
            Importer importer = request.format() == null
                    ? importers.detect(source)
                    : importers.byId(request.format());
            results.add(new SourceResult(source, importer.read(source, options, progress)));
        }
        return results;
    }

    private Incident intoTarget(Incident target, List<SourceResult> results, ImportRequest request) {
        Incident merged = target;
        for (SourceResult read : results) {
            for (Incident found : read.result().incidents()) {
                merged = IncidentMerge.merge(merged, found);
            }
        }
        if (request.title() != null) {
            merged = merged.withTitle(request.title());
        }
        return request.zone() != null ? merged.withZone(request.zone()) : merged;
    }

    private List<Incident> newIncidents(List<SourceResult> results, ImportRequest request) {
        List<Incident> incidents = new ArrayList<>(kept(results, request));
        List<SourceResult> fresh = results.stream().filter(read -> !read.result().carriesIdentity()).toList();
        boolean onePerSource = fresh.stream().allMatch(read -> read.result().incidents().size() == 1);
        if (!fresh.isEmpty() && onePerSource) {
            incidents.add(combined(fresh, request));
        } else {
            for (SourceResult read : fresh) {
                for (Incident found : read.result().incidents()) {
                    incidents.add(named(found, read.source(), request));
                }
            }
        }
        return incidents;
    }

    /** Bundles' incidents, with their ids; an id already stored needs the user's consent to be replaced. */
    private List<Incident> kept(List<SourceResult> results, ImportRequest request) {
        Map<UUID, String> seen = new HashMap<>();
        List<Incident> kept = new ArrayList<>();
        for (SourceResult read : results) {
            if (!read.result().carriesIdentity()) {
                continue;
            }
            for (Incident incident : read.result().incidents()) {
                String earlier = seen.putIfAbsent(incident.id(), read.source().name());
                if (earlier != null) {
                    throw new ImportException(read.source().name(),
                            "holds incident " + incident.id() + ", which " + earlier + " holds too");
                }
                if (!request.replace() && store.exists(incident.id())) {
                    throw new IncidentExistsException(incident.id());
                }
                kept.add(overridden(incident, request));
            }
        }
        return kept;
    }

    private static Incident overridden(Incident incident, ImportRequest request) {
        Incident titled = request.title() == null ? incident : incident.withTitle(request.title());
        return request.zone() == null ? titled : titled.withZone(request.zone());
    }

    private static Incident combined(List<SourceResult> fresh, ImportRequest request) {
        Incident first = fresh.get(0).result().incidents().get(0);
        Incident merged = Incident.create(title(request, first, fresh.get(0).source()), zone(request, first));
        for (SourceResult read : fresh) {
            merged = IncidentMerge.merge(merged, read.result().incidents().get(0));
        }
        return merged;
    }

    private static Incident named(Incident found, Source source, ImportRequest request) {
        return found.withTitle(title(request, found, source)).withZone(zone(request, found));
    }

    private static String title(ImportRequest request, Incident found, Source source) {
        if (request.title() != null && !request.title().isBlank()) {
            return request.title();
        }
        return found.title().isBlank() ? withoutExtension(source.name()) : found.title();
    }

    private static ZoneId zone(ImportRequest request, Incident found) {
        return request.zone() != null ? request.zone() : found.zone();
    }

    private static String withoutExtension(String name) {
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static List<ImportWarning> warnings(List<SourceResult> results) {
        return results.stream().flatMap(read -> read.result().warnings().stream()).toList();
    }
}
