package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.aftermath.model.Incident;
import dev.aftermath.work.JsonProblems;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a bundle (docs/bundle-format.md) into an incident. Streams: metric points go from the parser straight into
 * primitive arrays. Unknown fields are skipped, nesting is bounded, and every failure is a {@link BundleException}
 * naming the file, line, column and the field that was wrong. Thread-safe.
 */
public final class BundleReader {

    static final String TRUNCATED = JsonProblems.CUT_SHORT;

    /** Far deeper than the format goes; refuses documents built to exhaust the stack. */
    static final int MAX_NESTING = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /**
     * @param file the name used in messages
     * @param size the input's length in bytes for progress, or -1 when unknown
     */
    public Incident read(InputStream in, String file, long size, Progress progress) throws BundleException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            try {
                return new BundleParsing(parser, file, size, progress).bundle();
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw at(file, location, describe(e));
            }
        } catch (IOException e) {
            throw new BundleException(file, null, null, "cannot read the file: " + e.getMessage());
        }
    }

    private static String describe(JsonProcessingException e) {
        return e instanceof StreamConstraintsException
                ? "nested deeper than " + MAX_NESTING + " levels; a bundle never needs that many"
                : JsonProblems.describe(e);
    }

    static BundleException at(String file, JsonLocation location, String problem) {
        if (location == null || location.getLineNr() < 1) {
            return new BundleException(file, null, null, problem);
        }
        return new BundleException(file, location.getLineNr(), location.getColumnNr(), problem);
    }
}
