package dev.aftermath.importing.statuspage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.Source;
import dev.aftermath.work.JsonProblems;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parses a JSON source into a tree with bounds a hostile file cannot get past, and turns every parse failure into
 * an {@link ImportException} with the line and column where the file went wrong.
 */
final class BoundedJson {

    static final int MAX_NESTING_DEPTH = 200;
    /** Far above any status page's export; stops a wrong file from filling the memory. */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BoundedJson() {
    }

    static JsonNode read(Source source) throws ImportException {
        JsonNode root;
        try (InputStream in = source.open(); JsonParser parser = MAPPER.createParser(in)) {
            root = tree(parser, source);
        } catch (IOException unreadable) {
            throw new ImportException(source.name(), "cannot be read: " + unreadable.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new ImportException(source.name(), "the file is empty");
        }
        return root;
    }

    /** Reads from a parser of our own, so that a failure without a location of its own gets the parser's. */
    private static JsonNode tree(JsonParser parser, Source source) throws IOException {
        try {
            return MAPPER.readTree(parser);
        } catch (StreamConstraintsException tooBig) {
            throw located(source, parser, tooBig, tooBig.getOriginalMessage().contains("nesting depth")
                    ? "the JSON is nested more than " + MAX_NESTING_DEPTH
                            + " levels deep; a status-page export never is, so the file is refused"
                    : "the JSON exceeds what a status-page export can hold: " + tooBig.getOriginalMessage());
        } catch (JsonProcessingException malformed) {
            throw located(source, parser, malformed, JsonProblems.describe(malformed));
        }
    }

    private static ImportException located(Source source, JsonParser parser, JsonProcessingException problem,
                                           String message) {
        JsonLocation location = problem.getLocation() != null ? problem.getLocation() : parser.currentLocation();
        if (location == null || location.getLineNr() < 1) {
            return new ImportException(source.name(), message);
        }
        return new ImportException(source.name(), location.getLineNr(), location.getColumnNr(), message);
    }
}
