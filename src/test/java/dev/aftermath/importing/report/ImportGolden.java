package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.ImportWarning;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files for text importers: an import result written as pretty JSON in the model's order, compared with
 * the expected file next to the fixture. {@code -Dgolden.update=true} rewrites the expected files.
 */
public final class ImportGolden {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "dev", "aftermath", "importing");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportGolden() {
    }

    public static Path fixture(String folder, String name) {
        return RESOURCES.resolve(folder).resolve(name);
    }

    public static void assertMatches(String folder, String fixtureName, ImportResult result) throws IOException {
        Path expected = RESOURCES.resolve(folder).resolve(fixtureName.replaceFirst("\\.[a-z]+$", "") + ".expected.json");
        String actual = JSON.writeValueAsString(describe(result)).replace("\r\n", "\n") + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }

    static ObjectNode describe(ImportResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode incidents = root.putArray("incidents");
        result.incidents().forEach(incident -> incidents.add(describe(incident)));
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().stream().map(ImportWarning::toString).forEach(warnings::add);
        return root;
    }

    private static ObjectNode describe(Incident incident) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", incident.title());
        node.put("severity", incident.severity() == null ? null : incident.severity().name());
        strings(node.putArray("affected"), incident.affected());
        ArrayNode entries = node.putArray("entries");
        incident.entries().forEach(entry -> entries.add(describe(entry)));
        node.set("rca", describe(incident.rca()));
        return node;
    }

    private static ObjectNode describe(TimelineEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entry.id().toString());
        node.put("at", entry.at().toString());
        if (entry.end() != null) {
            node.put("end", entry.end().toString());
        }
        node.put("kind", entry.kind() == null ? null : entry.kind().name());
        if (entry.status() != null) {
            node.put("status", entry.status().externalName());
        }
        node.put("approximate", entry.approximate());
        node.put("source", entry.source().externalName());
        node.put("provenance", entry.provenance() == null ? null : entry.provenance().describe());
        node.put("text", entry.text());
        return node;
    }

    private static ObjectNode describe(RcaDocument rca) {
        ObjectNode node = JSON.createObjectNode();
        node.put("summary", rca.summary());
        node.put("impact", rca.impact());
        node.put("rootCause", rca.rootCause());
        strings(node.putArray("contributingFactors"), rca.contributingFactors());
        strings(node.putArray("wentWell"), rca.wentWell());
        strings(node.putArray("couldBeBetter"), rca.couldBeBetter());
        strings(node.putArray("gotLucky"), rca.gotLucky());
        strings(node.putArray("lessons"), rca.lessons());
        strings(node.putArray("actionItems"), rca.actionItems().stream().map(ActionItem::text).toList());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
