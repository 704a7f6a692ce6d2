package dev.aftermath.workspace;

import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.bundle.BundleException;
import dev.aftermath.bundle.BundleReader;
import dev.aftermath.model.Incident;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.work.Progress;
import dev.aftermath.work.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The sample incidents that ship inside the application: the bundles of the source tree's {@code sample-incidents/}
 * folder, copied into the jar by the build together with the folder's {@code index.txt}, which lists them.
 */
public final class SampleLibrary {

    static final String FOLDER = "/dev/aftermath/samples/";
    static final String INDEX = "index.txt";

    private final String folder;

    SampleLibrary(String folder) {
        this.folder = folder;
    }

    /** The samples in the application's own resources. */
    public static SampleLibrary bundled() {
        return new SampleLibrary(FOLDER);
    }

    /** Every sample, in the order of the index. */
    public List<Incident> incidents(Progress progress) {
        List<String> files = index();
        List<Incident> incidents = new ArrayList<>();
        BundleReader reader = new BundleReader();
        for (String file : files) {
            progress.checkCancelled();
            try (InputStream in = open(file)) {
                incidents.add(reader.read(in, file, -1, Progress.NONE));
            } catch (BundleException | IOException e) {
                throw damaged(e);
            }
            progress.worked(incidents.size(), files.size());
        }
        return List.copyOf(incidents);
    }

    /**
     * Stores the samples the workspace does not hold yet, in one transaction. A sample whose id is already there
     * is kept as it is, so that loading the samples again never undoes what the user changed in one.
     */
    public SamplesAdded addMissing(IncidentStore store, Progress progress) {
        List<Incident> samples = incidents(progress);
        List<Incident> missing = samples.stream().filter(sample -> !store.exists(sample.id())).toList();
        progress.checkCancelled();
        store.saveAll(missing);
        UUID newest = samples.stream()
                .max(Comparator.comparing(sample -> IncidentMilestones.start(sample).orElse(Instant.MIN)))
                .map(Incident::id).orElse(null);
        return new SamplesAdded(missing.stream().map(Incident::id).toList(), samples.size() - missing.size(),
                newest);
    }

    private List<String> index() {
        try (InputStream in = open(INDEX)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    /** Only a damaged installation lacks its samples: the build checks every one. */
    private static UserFacingException damaged(Exception e) {
        return new UserFacingException("the sample incidents that come with Aftermath cannot be read ("
                + e.getMessage() + "); reinstalling Aftermath brings them back", e);
    }

    private InputStream open(String file) throws IOException {
        InputStream in = SampleLibrary.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IOException(folder + file + " is missing from the application");
        }
        return in;
    }

    /**
     * What loading the samples did.
     *
     * @param added the samples stored now, in the order of the index
     * @param alreadyThere how many were in the workspace already and were left unchanged
     * @param newest the sample with the latest start, to show first
     */
    public record SamplesAdded(List<UUID> added, int alreadyThere, UUID newest) {

        public SamplesAdded {
            added = List.copyOf(added);
        }
    }
}
