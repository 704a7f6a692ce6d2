package dev.aftermath.importing.statuspage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.importing.Source;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files for importers: the incidents an import produced, written as JSON in model order, compared with
 * {@code NAME.expected.json} beside the fixture. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files in {@code src/test/resources} after reviewing the change.
 */
public final class GoldenIncidents {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldenIncidents() {
    }

    /** The fixture as a source named by its file name, as a user's file would be. */
    public static Source fixture(Class<?> owner, String name) {
        try {
            return Source.of(Paths.get(owner.getResource(name).toURI()));
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static void assertMatches(Class<?> owner, String fixtureName, ImportResult result) {
        String actual = render(result);
        String expectedName = fixtureName.replaceFirst("\\.[^.]+$", "") + ".expected.json";
        Path sourceCopy = Path.of("src/test/resources", owner.getPackageName().replace('.', '/'), expectedName);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(sourceCopy, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(sourceCopy) ? Files.readString(sourceCopy, StandardCharsets.UTF_8) : "";
            assertEquals(expected, actual, "golden file " + sourceCopy + " (rerun with -Dgolden.update=true)");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static String render(ImportResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode incidents = root.putArray("incidents");
        result.incidents().forEach(incident -> incidents.add(incident(incident)));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().stream().map(ImportWarning::toString).forEach(warnings::add);
        try {
            return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static ObjectNode incident(Incident incident) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", incident.title());
        node.put("severity", incident.severity() == null ? null : incident.severity().name());
        node.put("zone", incident.zone().getId());
        ArrayNode affected = node.putArray("affected");
        incident.affected().forEach(affected::add);
        ArrayNode entries = node.putArray("entries");
        incident.entries().forEach(entry -> entries.add(entry(entry)));
        return node;
    }

    private static ObjectNode entry(TimelineEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entry.id().toString());
        node.put("at", entry.at().toString());
        if (entry.end() != null) {
            node.put("end", entry.end().toString());
        }
        node.put("kind", entry.kind() == null ? null : entry.kind().name());
        node.put("status", entry.status() == null ? null : entry.status().externalName());
        node.put("text", entry.text());
        node.put("source", entry.source().externalName());
        node.put("provenance", entry.provenance() == null ? null : entry.provenance().describe());
        if (entry.approximate()) {
            node.put("approximate", true);
        }
        return node;
    }
}
