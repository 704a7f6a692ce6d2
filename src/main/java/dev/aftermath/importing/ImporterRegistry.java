package dev.aftermath.importing;

import dev.aftermath.importing.bundle.BundleImporter;
import dev.aftermath.importing.feed.StatuspageFeedImporter;
import dev.aftermath.importing.metrics.MetricsCsvImporter;
import dev.aftermath.importing.metrics.PrometheusJsonImporter;
import dev.aftermath.importing.pastedtext.StatusPageTextImporter;
import dev.aftermath.importing.report.ReportImporter;
import dev.aftermath.importing.statuspage.StatuspageJsonImporter;
import dev.aftermath.work.UserFacingException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The importers this build knows, in the order format detection tries them. */
public final class ImporterRegistry {

    /** The format name that asks for detection, as {@code --format auto} gives it. */
    public static final String AUTO = "auto";

    private final List<Importer> importers;

    public ImporterRegistry(List<Importer> importers) {
        this.importers = List.copyOf(importers);
    }

    /**
     * Every importer of the application, most specific sniff first: a bundle is JSON that could pass for a
     * Statuspage payload, and prose reports are the fallback for any text.
     */
    public static ImporterRegistry standard() {
        return new ImporterRegistry(List.of(new BundleImporter(), new PrometheusJsonImporter(),
                new StatuspageJsonImporter(), new StatuspageFeedImporter(), new MetricsCsvImporter(),
                new StatusPageTextImporter(), new ReportImporter()));
    }

    public List<Importer> importers() {
        return importers;
    }

    public Optional<Importer> find(String id) {
        return importers.stream().filter(importer -> importer.id().equals(id)).findFirst();
    }

    /** The importer with this id; a user gave it, so an unknown one is a message listing the known ones. */
    public Importer byId(String id) {
        return find(id).orElseThrow(() -> new UserFacingException(
                "unknown import format '" + id + "'; known formats: " + ids()));
    }

    /**
     * The first importer that recognises the source; failing that, the one its file name points to, so that its
     * precise message reaches the user.
     *
     * @throws ImportException saying why no importer applies: the file is missing, empty or not text, or, when
     *                         nothing more is known, {@link ImportException#formatUnknown that its format has to be
     *                         given}
     */
    public Importer detect(Source source) throws ImportException {
        try {
            Optional<Importer> recognised = recognising(source);
            if (recognised.isPresent()) {
                return recognised.get();
            }
            Optional<String> unreadable = UnreadableContent.reason(source);
            if (unreadable.isPresent()) {
                throw new ImportException(source.name(), unreadable.get());
            }
            return claimingByName(source).orElseThrow(() -> ImportException.formatUnknown(source.name()));
        } catch (NoSuchFileException e) {
            throw new ImportException(source.name(), "no such file");
        } catch (IOException e) {
            throw new ImportException(source.name(), "cannot read the file: " + e.getMessage());
        }
    }

    private Optional<Importer> recognising(Source source) throws IOException {
        for (Importer importer : importers) {
            if (importer.canRead(source)) {
                return Optional.of(importer);
            }
        }
        return Optional.empty();
    }

    private Optional<Importer> claimingByName(Source source) throws IOException {
        for (Importer importer : importers) {
            if (importer.claimsByName(source)) {
                return Optional.of(importer);
            }
        }
        return Optional.empty();
    }

    /** The ids, comma-separated, for messages and help. */
    public String ids() {
        return importers.stream().map(Importer::id).collect(Collectors.joining(", "));
    }
}
