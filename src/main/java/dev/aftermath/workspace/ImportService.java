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
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports files into the workspace, for the command line and the desktop alike, in two steps: {@link #parse}
 * reads every source and plans the incidents without storing anything (the desktop shows that plan in its
 * preview), {@link #store} stores a plan in one transaction. So a bad file changes nothing, and what the preview
 * showed is what is stored.
 */
public final class ImportService {

    private final IncidentStore store;
    private final ImporterRegistry importers;

    public ImportService(IncidentStore store, ImporterRegistry importers) {
        this.store = store;
        this.importers = importers;
    }

    /** The formats a file may be read in, in the order detection tries them. */
    public List<ImportFormat> formats() {
        return importers.importers().stream().map(importer -> new ImportFormat(importer.id(),
                importer.displayName())).toList();
    }

    /** Parses and stores: what {@code aftermath import} does. */
    public ImportOutcome importSources(List<Source> sources, ImportRequest request, Progress progress) {
        return store(parse(sources, request, progress), request, progress);
    }

    /**
     * Reads every source in {@code request.format()} (or the detected format) and plans the incidents.
     *
     * @throws ImportException when a source cannot be read at all
     */
    public ParsedImport parse(List<Source> sources, ImportRequest request, Progress progress) {
        List<ReadSource> reads = new ArrayList<>();
        for (Source source : sources) {
            reads.add(read(source, request.format(), request, progress));
        }
        return plan(reads, request);
    }

    /** Reads one source; {@code format} null or {@value ImporterRegistry#AUTO} detects it. */
    public ReadSource read(Source source, String format, ImportRequest request, Progress progress) {
        progress.checkCancelled();
        Importer importer = format == null || format.equals(ImporterRegistry.AUTO)
                ? importers.detect(source)
                : importers.byId(format);
        ImportResult result = importer.read(source, new ImportOptions(request.zone()), progress);
        return new ReadSource(source.name(), importer.id(), result);
    }

    /**
     * The incidents that sources read earlier make: bundles keep their incidents and ids; files that each hold one
     * incident are grouped by time into one incident per group ({@link IncidentGrouping}); a file holding several
     * incidents makes one each. {@code request.into()} is not applied here but when storing.
     */
    public ParsedImport plan(List<ReadSource> reads, ImportRequest request) {
        if (reads.isEmpty()) {
            throw new UserFacingException("nothing to import: give at least one file");
        }
        List<ReadSource> singles = reads.stream()
                .filter(read -> !read.result().carriesIdentity() && read.result().incidents().size() == 1)
                .toList();
        List<List<Integer>> groups = IncidentGrouping.group(singles.stream()
                .map(read -> read.result().incidents().get(0)).toList());
        Map<ReadSource, List<Integer>> groupOfFirst = new IdentityHashMap<>();
        groups.forEach(group -> groupOfFirst.put(singles.get(group.get(0)), group));
        List<Incident> incidents = new ArrayList<>();
        Set<UUID> kept = new LinkedHashSet<>();
        Map<UUID, String> keptFrom = new HashMap<>();
        for (ReadSource read : reads) {
            if (read.result().carriesIdentity()) {
                for (Incident incident : read.result().incidents()) {
                    String earlier = keptFrom.putIfAbsent(incident.id(), read.name());
                    if (earlier != null) {
                        throw new ImportException(read.name(),
                                "holds incident " + incident.id() + ", which " + earlier + " holds too");
                    }
                    kept.add(incident.id());
                    incidents.add(overridden(incident, request));
                }
            } else if (groupOfFirst.containsKey(read)) {
                incidents.add(combined(groupOfFirst.get(read).stream().map(singles::get).toList(), request));
            } else if (read.result().incidents().size() != 1) {
                read.result().incidents().forEach(found -> incidents.add(named(found, read.name(), request)));
            }
        }
        if (incidents.isEmpty()) {
            throw new ImportException(reads.get(0).name(), "nothing to import: no incident found");
        }
        List<ImportWarning> warnings = reads.stream().flatMap(read -> read.result().warnings().stream()).toList();
        return new ParsedImport(reads, incidents, kept, warnings);
    }

    /**
     * Stores a plan in one transaction: every incident as planned, or, with {@code request.into()}, everything
     * merged into that incident without overwriting what the user wrote there.
     *
     * @throws IncidentExistsException when a bundle's incident exists and {@code request.replace()} is false
     * @throws UnknownIncidentException when {@code request.into()} names no incident
     */
    public ImportOutcome store(ParsedImport parsed, ImportRequest request, Progress progress) {
        List<Incident> incidents;
        Map<UUID, Incident> replaced = new HashMap<>();
        if (request.into() != null) {
            Incident target = store.find(request.into())
                    .orElseThrow(() -> new UnknownIncidentException(request.into()));
            replaced.put(target.id(), target);
            incidents = List.of(intoTarget(target, parsed.incidents(), request));
        } else {
            for (Incident incident : parsed.incidents()) {
                if (parsed.keptIds().contains(incident.id())) {
                    store.find(incident.id()).ifPresent(existing -> replaced.put(existing.id(), existing));
                    if (replaced.containsKey(incident.id()) && !request.replace()) {
                        throw new IncidentExistsException(incident.id(), parsed.sourceOf(incident.id()));
                    }
                }
            }
            incidents = parsed.incidents();
        }
        progress.checkCancelled();
        store.saveAll(incidents);
        return new ImportOutcome(incidents, replaced, parsed.warnings());
    }

    private static Incident intoTarget(Incident target, List<Incident> found, ImportRequest request) {
        Incident merged = target;
        for (Incident incident : found) {
            merged = IncidentMerge.merge(merged, incident);
        }
        if (request.title() != null) {
            merged = merged.withTitle(request.title());
        }
        return request.zone() != null ? merged.withZone(request.zone()) : merged;
    }

    private static Incident overridden(Incident incident, ImportRequest request) {
        boolean titleGiven = request.title() != null && !request.title().isBlank();
        Incident titled = titleGiven ? incident.withTitle(request.title()) : incident;
        return request.zone() == null ? titled : titled.withZone(request.zone());
    }

    /** One incident from files that tell the same one; a single file keeps the incident it found. */
    private static Incident combined(List<ReadSource> group, ImportRequest request) {
        List<Incident> found = group.stream().map(read -> read.result().incidents().get(0)).toList();
        if (found.size() == 1) {
            return named(found.get(0), group.get(0).name(), request);
        }
        String title = found.stream().map(Incident::title).filter(name -> !name.isBlank()).findFirst()
                .orElse(withoutExtension(group.get(0).name()));
        ZoneId zone = found.stream().map(Incident::zone).filter(each -> !each.equals(Incident.UTC)).findFirst()
                .orElse(Incident.UTC);
        Incident merged = Incident.create(title, zone);
        for (Incident each : found) {
            merged = IncidentMerge.merge(merged, each);
        }
        return overridden(merged, request);
    }

    private static Incident named(Incident found, String sourceName, ImportRequest request) {
        String title = found.title().isBlank() ? withoutExtension(sourceName) : found.title();
        return overridden(found.withTitle(title), request);
    }

    private static String withoutExtension(String name) {
        int dot = name.indexOf('.', 1);
        return dot < 0 ? name : name.substring(0, dot);
    }
}
