package dev.aftermath.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void describesTheFileWithItsLineOrItsWholeJsonPath() {
        assertEquals("report.md:23", Provenance.ofLine("report.md", 23).describe());
        assertEquals("incidents.json $.incidents[0].incident_updates[2]",
                Provenance.ofPath("incidents.json", "$.incidents[0].incident_updates[2]").describe());
    }

    @Test
    void inBriefKeepsTheFileAndWhatTellsItsEntriesApart() {
        assertEquals("report.md:23", Provenance.ofLine("report.md", 23).brief());
        assertEquals("incidents.json incident_updates[2]",
                Provenance.ofPath("incidents.json", "$.incidents[0].incident_updates[2]").brief());
        assertEquals("history.rss:40", new Provenance("history.rss", 40, "/rss/channel/item[1]/update[2]").brief());
        assertEquals("history.atom update[3]", Provenance.ofPath("history.atom", "/feed/entry[2]/update[3]").brief());
        assertEquals("notes.txt", new Provenance("notes.txt", null, null).brief());
    }
}
