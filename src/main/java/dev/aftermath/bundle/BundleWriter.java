package dev.aftermath.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.aftermath.analysis.IncidentMilestones;
import dev.aftermath.analysis.KeyDuration;
import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.model.ActionItem;
import dev.aftermath.model.Incident;
import dev.aftermath.model.MetricSeries;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.Provenance;
import dev.aftermath.model.RcaDocument;
import dev.aftermath.model.TimelineEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes an incident as a bundle (docs/bundle-format.md). Streams: metric points go straight from the arrays to
 * the output, so ten million points never become a tree. Deterministic: the same incident gives the same bytes.
 * Thread-safe; it leaves the stream open.
 */
public final class BundleWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Emoji and other characters beyond the BMP as UTF-8, not as escaped surrogate pairs: readable by people.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            // Jackson's own shortest-form double writer: faster, and the same text on every JDK.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    public void write(Incident incident, OutputStream out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            generator.setPrettyPrinter(new BundlePrettyPrinter());
            generator.writeStartObject();
            generator.writeStringField("format", BundleFormat.FORMAT);
            generator.writeNumberField("version", BundleFormat.VERSION);
            generator.writeFieldName("incident");
            writeIncident(generator, incident);
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
    }

    private void writeIncident(JsonGenerator generator, Incident incident) throws IOException {
        IncidentMilestones milestones = IncidentMilestones.of(incident);
        generator.writeStartObject();
        generator.writeStringField("id", incident.id().toString());
        generator.writeStringField("title", incident.title());
        generator.writeStringField("severity", name(incident.severity()));
        generator.writeStringField("status", name(incident.status()));
        generator.writeStringField("zone", incident.zone().getId());
        writeStrings(generator, "affected", incident.affected());
        generator.writeArrayFieldStart("entries");
        for (TimelineEntry entry : incident.entries()) {
            writeEntry(generator, entry);
        }
        generator.writeEndArray();
        writeInstants(generator, "pinnedMilestones", incident.pinnedMilestones());
        generator.writeObjectFieldStart("milestones");
        for (Map.Entry<Milestone, MilestoneValue> milestone : milestones.effective().entrySet()) {
            generator.writeStringField(milestone.getKey().name(), text(milestone.getValue().at()));
        }
        generator.writeEndObject();
        generator.writeObjectFieldStart("durations");
        for (Map.Entry<KeyDuration, Duration> duration : milestones.durations().entrySet()) {
            generator.writeStringField(duration.getKey().key(), duration.getValue().toString());
        }
        generator.writeEndObject();
        generator.writeArrayFieldStart("series");
        for (MetricSeries series : incident.series()) {
            writeSeries(generator, series);
        }
        generator.writeEndArray();
        generator.writeFieldName("rca");
        writeRca(generator, incident.rca());
        generator.writeEndObject();
    }

    private void writeEntry(JsonGenerator generator, TimelineEntry entry) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", entry.id().toString());
        generator.writeStringField("at", entry.at().toString());
        generator.writeStringField("end", text(entry.end()));
        generator.writeStringField("kind", name(entry.kind()));
        generator.writeStringField("text", entry.text());
        generator.writeStringField("source", entry.source().externalName());
        generator.writeStringField("status", entry.status() == null ? null : entry.status().externalName());
        generator.writeBooleanField("approximate", entry.approximate());
        generator.writeBooleanField("pinned", entry.pinned());
        generator.writeFieldName("provenance");
        writeProvenance(generator, entry.provenance());
        generator.writeEndObject();
    }

    private void writeProvenance(JsonGenerator generator, Provenance provenance) throws IOException {
        if (provenance == null) {
            generator.writeNull();
            return;
        }
        generator.writeStartObject();
        generator.writeStringField("file", provenance.file());
        generator.writeFieldName("line");
        if (provenance.line() == null) {
            generator.writeNull();
        } else {
            generator.writeNumber(provenance.line());
        }
        generator.writeStringField("path", provenance.path());
        // Written only when there is one: most entries have no doubt, and older files stay byte for byte the same.
        if (provenance.doubt() != null) {
            generator.writeStringField("doubt", provenance.doubt());
        }
        generator.writeEndObject();
    }

    private void writeSeries(JsonGenerator generator, MetricSeries series) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", series.id().toString());
        generator.writeStringField("name", series.name());
        generator.writeStringField("unit", series.unit());
        if (series.threshold() == null) {
            generator.writeNullField("threshold");
        } else {
            generator.writeNumberField("threshold", series.threshold());
        }
        generator.writeArrayFieldStart("points");
        long[] timestamps = series.timestamps();
        double[] values = series.values();
        for (int i = 0; i < timestamps.length; i++) {
            generator.writeStartArray();
            generator.writeNumber(timestamps[i]);
            writeValue(generator, values[i]);
            generator.writeEndArray();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    /** JSON has no NaN or infinity: a gap (NaN) is null, infinities are the strings "Infinity" and "-Infinity". */
    private static void writeValue(JsonGenerator generator, double value) throws IOException {
        if (Double.isNaN(value)) {
            generator.writeNull();
        } else if (Double.isInfinite(value)) {
            generator.writeString(value > 0 ? "Infinity" : "-Infinity");
        } else {
            generator.writeNumber(value);
        }
    }

    private void writeRca(JsonGenerator generator, RcaDocument rca) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("summary", rca.summary());
        generator.writeStringField("impact", rca.impact());
        generator.writeStringField("rootCause", rca.rootCause());
        writeStrings(generator, "contributingFactors", rca.contributingFactors());
        writeStrings(generator, "wentWell", rca.wentWell());
        writeStrings(generator, "couldBeBetter", rca.couldBeBetter());
        writeStrings(generator, "gotLucky", rca.gotLucky());
        writeStrings(generator, "lessons", rca.lessons());
        generator.writeArrayFieldStart("actionItems");
        for (ActionItem item : rca.actionItems()) {
            writeActionItem(generator, item);
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private void writeActionItem(JsonGenerator generator, ActionItem item) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("id", item.id().toString());
        generator.writeStringField("text", item.text());
        generator.writeStringField("owner", item.owner());
        generator.writeStringField("priority", name(item.priority()));
        generator.writeStringField("due", item.due() == null ? null : item.due().toString());
        generator.writeStringField("status", name(item.status()));
        generator.writeStringField("type", name(item.type()));
        generator.writeStringField("link", item.link());
        generator.writeEndObject();
    }

    private static void writeStrings(JsonGenerator generator, String field, List<String> items) throws IOException {
        generator.writeArrayFieldStart(field);
        for (String item : items) {
            generator.writeString(item);
        }
        generator.writeEndArray();
    }

    private static void writeInstants(JsonGenerator generator, String field, Map<Milestone, Instant> instants)
            throws IOException {
        generator.writeObjectFieldStart(field);
        for (Map.Entry<Milestone, Instant> entry : instants.entrySet()) {
            generator.writeStringField(entry.getKey().name(), text(entry.getValue()));
        }
        generator.writeEndObject();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Milliseconds are the format's precision; {@code toString} then gives them only when non-zero. */
    private static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
