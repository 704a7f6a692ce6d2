package dev.aftermath.export.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.report.ExportGolden;
import dev.aftermath.export.report.ReportFixtures;
import dev.aftermath.model.Incident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownExporterTest {

    private static final List<String> SECTION_HEADINGS = List.of("## Summary", "## Impact", "## Timeline",
            "## Root cause", "## Contributing factors", "## What went well", "## What could be better",
            "## Where we got lucky", "## Lessons", "## Action items");

    @Test
    void richIncidentMatchesTheGoldenFile() throws IOException {
        ExportGolden.assertMatches("dev/aftermath/export/markdown/rich-incident.md", export(ReportFixtures.rich()));
    }

    @Test
    void writesEverySectionHeadingInReviewOrder() throws IOException {
        List<String> headings = export(ReportFixtures.rich()).lines().filter(line -> line.startsWith("## ")).toList();
        assertEquals(SECTION_HEADINGS, headings);
    }

    @Test
    void everyTableRowHasAsManyCellsAsItsHeader() throws IOException {
        List<String> tableLines = export(ReportFixtures.rich()).lines().filter(line -> line.startsWith("|")).toList();
        for (String line : tableLines) {
            assertTrue(line.endsWith(" |"), line);
        }
        String timelineHeader = "| Time (Europe/Berlin) | Kind | Event | Source |";
        int start = tableLines.indexOf(timelineHeader);
        for (String row : tableLines.subList(start, start + 12)) {
            assertEquals(5, unescapedPipes(row), row);
        }
    }

    @Test
    void escapesPipesLineBreaksAndMarkupInTableCells() throws IOException {
        String markdown = export(ReportFixtures.rich());
        assertTrue(markdown.contains(
                "| Deploy \\`payments-api\\` v4.18 with \\`pool\\_size: 0\\` \\| canary skipped |"));
        assertTrue(markdown.contains("requests<br>mostly in Köln \\& Łódź"));
        assertTrue(markdown.contains("Pager: \\*error rate\\* \\> 5 % \\# payments"));
        assertTrue(markdown.contains("\\<script\\>alert(1)\\</script\\>"));
        assertTrue(markdown.contains("backslash<br>second line"));
    }

    @Test
    void linksOnlyWebAddressesInTheActionTable() throws IOException {
        String markdown = export(ReportFixtures.rich());
        assertTrue(markdown.contains("| <https://tracker.example/PAY-101> |"));
        assertTrue(markdown.contains("| javascript:alert(1) |"));
    }

    @Test
    void keepsTextSectionsAsWritten() throws IOException {
        String markdown = export(ReportFixtures.rich());
        assertTrue(markdown.contains("## Summary\n\nCard payments failed for **65 min**"));
        assertTrue(markdown.contains("- Treat configuration as code\n  with review and tests\n"));
        assertTrue(markdown.contains("## Where we got lucky\n\n*Not written yet.*\n"));
    }

    @Test
    void sameIncidentGivesTheSameBytes() throws IOException {
        assertArrayEquals(bytes(ReportFixtures.rich(), ExportOptions.DEFAULT),
                bytes(ReportFixtures.rich(), ExportOptions.DEFAULT));
    }

    @Test
    void writesThePictureBesideTheTargetAndReferencesIt(@TempDir Path folder) throws IOException {
        MarkdownExporter exporter = new MarkdownExporter((incident, png) -> png.write(new byte[] {1, 2, 3}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ReportFixtures.rich(), new ExportOptions(folder.resolve("payments review.md")), out);

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.resolve("payments review-timeline.png")));
        assertTrue(out.toString(StandardCharsets.UTF_8)
                .contains("## Timeline\n\n![Timeline of the incident](<payments review-timeline.png>)\n"));
    }

    @Test
    void referencesNoPictureWhenWritingToAStreamOnly() throws IOException {
        MarkdownExporter exporter = new MarkdownExporter((incident, png) -> png.write(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ReportFixtures.rich(), ExportOptions.DEFAULT, out);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("!["));
    }

    @Test
    void saysSoWhenThereAreNoEntriesOrActions() throws IOException {
        String markdown = export(Incident.create("", java.time.ZoneOffset.UTC));
        assertTrue(markdown.startsWith("# Untitled incident\n"));
        assertTrue(markdown.contains("*No timeline entries yet.*"));
        assertTrue(markdown.contains("*No action items yet.*"));
        assertTrue(markdown.contains("Impact start is not known"));
    }

    private static long unescapedPipes(String row) {
        long count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|' && (i == 0 || row.charAt(i - 1) != '\\')) {
                count++;
            }
        }
        return count;
    }

    private static String export(Incident incident) throws IOException {
        return new String(bytes(incident, ExportOptions.DEFAULT), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Incident incident, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(incident, options, out);
        return out.toByteArray();
    }
}
