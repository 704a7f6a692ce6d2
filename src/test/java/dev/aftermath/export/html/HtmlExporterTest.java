package dev.aftermath.export.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.report.ExportGolden;
import dev.aftermath.export.report.ReportFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    @Test
    void richIncidentMatchesTheGoldenFile() throws IOException {
        ExportGolden.assertMatches("dev/aftermath/export/html/rich-incident.html", export(new HtmlExporter()));
    }

    @Test
    void escapesMarkupInUserTextSoNoScriptRuns() throws IOException {
        String html = export(new HtmlExporter());
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("We are looking into failed card payments &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(html.contains("href=\"javascript:"));
    }

    @Test
    void rendersTheWrittenMarkdownAsHtml() throws IOException {
        String html = export(new HtmlExporter());
        assertTrue(html.contains("<strong>65 min</strong>"));
        assertTrue(html.contains("<a href=\"https://wiki.example/runbooks/payments\">runbook</a>"));
        assertTrue(html.contains("<pre><code>pool_size: 0\n</code></pre>"));
        assertTrue(html.contains("<li>Canary stage skipped for <em>config-only</em> deploys</li>"));
    }

    @Test
    void hasEverySectionAsASecondLevelHeading() throws IOException {
        List<String> headings = Pattern.compile("<h2>(.*?)</h2>").matcher(export(new HtmlExporter())).results()
                .map(match -> match.group(1)).toList();
        assertEquals(List.of("Summary", "Impact", "Timeline", "Root cause", "Contributing factors",
                "What went well", "What could be better", "Where we got lucky", "Lessons", "Action items"), headings);
    }

    @Test
    void inlinesThePictureAsData() throws IOException {
        String html = export(new HtmlExporter((incident, png) -> png.write(new byte[] {1, 2, 3})));
        assertTrue(html.contains("<img src=\"data:image/png;base64,AQID\""));
    }

    private static String export(HtmlExporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(ReportFixtures.rich(), ExportOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
