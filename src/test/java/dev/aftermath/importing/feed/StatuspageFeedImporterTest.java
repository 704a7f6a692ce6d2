package dev.aftermath.importing.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.statuspage.GoldenIncidents;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatuspageFeedImporterTest {

    private static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE feed [\n"
            + " <!ENTITY a \"aaaaaaaaaa\">\n"
            + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
            + " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            + " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
            + " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
            + " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
            + " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
            + " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
            + " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n"
            + "]>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&i;</title></entry></feed>\n";

    private final StatuspageFeedImporter importer = new StatuspageFeedImporter();

    private ImportResult read(String xml, ImportOptions options) {
        return importer.read(Source.ofText("history.atom", xml), options, Progress.NONE);
    }

    private ImportException failure(String xml) {
        return assertThrows(ImportException.class, () -> read(xml, ImportOptions.DEFAULT));
    }

    private static String atomEntry(String published, String contentHtml) {
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<id>tag:x,2005:Incident/1</id>\n"
                + "<published>" + published + "</published>\n<updated>" + published + "</updated>\n"
                + "<title>Checkout errors</title>\n<content type=\"html\">" + escape(contentHtml) + "</content>\n"
                + "</entry>\n</feed>\n";
    }

    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Test
    void billionLaughsIsRefusedAtItsDoctype() {
        ImportException problem = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> failure(BILLION_LAUGHS));

        assertTrue(problem.getMessage().contains("declares a document type"), problem.getMessage());
        assertEquals(12, problem.line());
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() {
        ImportException problem = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY secret SYSTEM "
                + "\"file:///etc/hostname\">]>\n<feed><entry><title>&secret;</title></entry></feed>");

        assertTrue(problem.getMessage().contains("declares a document type"), problem.getMessage());
    }

    @Test
    void malformedXmlNamesTheLineAndColumn() {
        ImportException problem = failure("<feed>\n<entry>\n<title>Checkout errors</entry>\n</feed>");

        assertEquals(3, problem.line());
        assertTrue(problem.getMessage().contains("not well-formed XML"), problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n  "})
    void emptyFileSaysItIsEmpty(String text) {
        assertTrue(failure(text).getMessage().endsWith("the file is empty"));
    }

    @Test
    void binaryGarbageIsNotWellFormedXml() {
        String garbage = new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0, (byte) 0xFF},
                StandardCharsets.ISO_8859_1);

        assertTrue(failure(garbage).getMessage().contains("not well-formed XML"));
    }

    @Test
    void invalidUtf8BytesAreReplacedWithAWarning(@TempDir Path folder) throws IOException {
        byte[] feed = atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 10:00 UTC</small><strong>Resolved</strong> - Fixed \u00e9.</p>")
                .getBytes(StandardCharsets.UTF_8);
        int accent = indexOf(feed, (byte) 0xC3);
        feed[accent + 1] = 'x';
        Path file = Files.write(folder.resolve("history.atom"), feed);

        ImportResult result = importer.read(Source.of(file), ImportOptions.DEFAULT, Progress.NONE);

        assertEquals("Fixed \uFFFDx.", result.incidents().get(0).entries().get(0).text());
        assertTrue(result.warnings().get(0).message().contains("not valid UTF-8"));
    }

    @Test
    void declaredSingleByteEncodingIsHonoured(@TempDir Path folder) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n" + atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 10:00 UTC</small><strong>Resolved</strong> - Caf\u00e9 \u20ac fixed.</p>");
        Path file = Files.write(folder.resolve("history.atom"), xml.getBytes("windows-1252"));

        ImportResult result = importer.read(Source.of(file), ImportOptions.DEFAULT, Progress.NONE);

        assertEquals("Caf\u00e9 \u20ac fixed.", result.incidents().get(0).entries().get(0).text());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("byte not found");
    }

    @Test
    void otherXmlIsNotAFeed() {
        assertTrue(failure("<html><body>Status</body></html>").getMessage()
                .contains("not an Atom or RSS feed: the document starts with <html>"));
    }

    @Test
    void feedWithoutEntriesHasNoIncidents() {
        assertTrue(failure("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>").getMessage()
                .contains("no incidents found"));
    }

    @Test
    void updateInDecemberOfAnEntryPublishedInJanuaryBelongsToThePreviousYear() {
        Incident incident = read(atomEntry("2027-01-01T00:10:00Z",
                "<p><small>Jan 1, 00:10 UTC</small><strong>Identified</strong> - Cause found.</p>"
                        + "<p><small>Dec 31, 23:40 UTC</small><strong>Investigating</strong> - Errors.</p>"),
                ImportOptions.DEFAULT).incidents().get(0);

        assertEquals(Instant.parse("2026-12-31T23:40:00Z"), incident.entries().get(0).at());
        assertEquals(Instant.parse("2027-01-01T00:10:00Z"), incident.entries().get(1).at());
    }

    @Test
    void updateLabelAsFirstUpdateHasNoStatus() {
        TimelineEntry entry = read(atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 10:00 UTC</small><strong>Update</strong> - Still looking.</p>"),
                ImportOptions.DEFAULT).incidents().get(0).entries().get(0);

        assertNull(entry.status());
        assertEquals("Still looking.", entry.text());
    }

    @Test
    void ambiguousAbbreviationFollowsTheZoneTheUserGave() {
        ImportResult result = read(atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 17:30 CST</small><strong>Resolved</strong> - Fixed.</p>"),
                new ImportOptions(ZoneId.of("Asia/Shanghai")));

        assertEquals(Instant.parse("2026-05-04T09:30:00Z"), result.incidents().get(0).entries().get(0).at());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void updateWithoutZoneIsReadInUtcAndMarkedApproximate() {
        ImportResult result = read(atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 09:30</small><strong>Resolved</strong> - Fixed.</p>"), ImportOptions.DEFAULT);

        TimelineEntry entry = result.incidents().get(0).entries().get(0);
        assertEquals(Instant.parse("2026-05-04T09:30:00Z"), entry.at());
        assertTrue(entry.approximate());
        assertTrue(result.warnings().get(0).message().contains("names no zone"));
    }

    @Test
    void unreadableDateSkipsTheUpdateWithAWarningNamingTheLine() {
        ImportResult result = read(atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 10:00 UTC</small><strong>Resolved</strong> - Fixed.</p>"
                        + "<p><small>sometime yesterday</small><strong>Investigating</strong> - Hm.</p>"),
                ImportOptions.DEFAULT);

        assertEquals(1, result.incidents().get(0).entries().size());
        assertEquals(2, result.warnings().get(0).line());
        assertTrue(result.warnings().get(0).message().contains("cannot read the date \"sometime yesterday\""));
    }

    @Test
    void itemWithoutDatedUpdatesBecomesOneEntryAtItsDate() {
        ImportResult result = read(atomEntry("2026-05-04T10:00:00Z", "Status: Resolved<br/>All good again."),
                ImportOptions.DEFAULT);

        TimelineEntry entry = result.incidents().get(0).entries().get(0);
        assertEquals(Instant.parse("2026-05-04T10:00:00Z"), entry.at());
        assertEquals("Status: Resolved\nAll good again.", entry.text());
        assertTrue(result.warnings().get(0).message().contains("holds no dated updates"));
    }

    @Test
    void reimportingGivesTheSameEntryIds() {
        String feed = atomEntry("2026-05-04T10:00:00Z",
                "<p><small>May 4, 10:00 UTC</small><strong>Resolved</strong> - Fixed.</p>");

        assertEquals(read(feed, ImportOptions.DEFAULT).incidents().get(0).entries().get(0).id(),
                read(feed, ImportOptions.DEFAULT).incidents().get(0).entries().get(0).id());
    }

    @Test
    void recognisesAtomAndRss() throws IOException {
        assertTrue(importer.canRead(GoldenIncidents.fixture(getClass(), "history-new-year.atom")));
        assertTrue(importer.canRead(GoldenIncidents.fixture(getClass(), "history.rss")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"incidents\": []}", "<html><body></body></html>", "time,value\n", ""})
    void doesNotClaimOtherFormats(String text) throws IOException {
        assertFalse(importer.canRead(Source.ofText("other", text)));
    }
}
