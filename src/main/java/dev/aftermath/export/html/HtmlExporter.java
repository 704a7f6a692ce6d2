package dev.aftermath.export.html;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.report.ActionRow;
import dev.aftermath.export.report.DurationRow;
import dev.aftermath.export.report.MetadataRow;
import dev.aftermath.export.report.PictureWriter;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.export.report.ReportSection;
import dev.aftermath.export.report.TimelineRow;
import dev.aftermath.export.report.WebLinks;
import dev.aftermath.model.Incident;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One self-contained HTML file, for mail or a wiki: styles inline, the timeline picture (when drawn) inlined as
 * data, every piece of user text escaped, and only web and mail addresses made clickable.
 */
public final class HtmlExporter implements Exporter {

    private static final String CSS = loadCss();

    private final Optional<PictureWriter> picture;

    /** Without a timeline picture. */
    public HtmlExporter() {
        this.picture = Optional.empty();
    }

    /** With the timeline picture inlined under "Timeline". */
    public HtmlExporter(PictureWriter picture) {
        this.picture = Optional.of(picture);
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        Optional<String> png = Optional.empty();
        if (picture.isPresent()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            picture.get().writePng(incident, bytes);
            png = Optional.of(Base64.getEncoder().encodeToString(bytes.toByteArray()));
        }
        out.write(render(ReportContent.of(incident), png).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String render(ReportContent content, Optional<String> pngBase64) {
        HtmlWriter html = new HtmlWriter(4096 + content.timeline().size() * 256);
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(content.title()).raw(" · ").raw(ReportContent.DOCUMENT_KIND).raw("</title>\n")
                .raw("<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        titleBlock(html, content);
        for (ReportSection section : content.sections()) {
            html.raw("<section id=\"").raw(anchor(section.heading())).raw("\">\n")
                    .element("h2", section.heading()).raw("\n");
            switch (section.kind()) {
                case TEXT -> section.items().forEach(item -> HtmlText.markdown(html, item));
                case LIST -> list(html, section.items());
                case TIMELINE -> timeline(html, content, pngBase64);
                case ACTION_ITEMS -> actions(html, content);
            }
            if (section.isUnwritten()) {
                note(html, ReportContent.UNWRITTEN);
            }
            html.raw("</section>\n");
        }
        return html.raw("</main>\n</body>\n</html>\n").toString();
    }

    private static void titleBlock(HtmlWriter html, ReportContent content) {
        html.raw("<header>\n").element("h1", content.title()).raw("\n<p class=\"kind\">")
                .raw(ReportContent.DOCUMENT_KIND).raw(" · ").text(content.severity()).raw(" · ")
                .text(content.reviewStatus()).raw("</p>\n</header>\n");
        html.raw("<table class=\"meta\">\n<tbody>\n");
        for (MetadataRow row : content.metadata()) {
            html.raw("<tr><th scope=\"row\">").text(row.label()).raw("</th><td>").text(row.value())
                    .raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n<p class=\"label\">").text(ReportContent.DURATIONS_HEADING).raw("</p>\n");
        note(html, content.durationsNote());
        if (!content.durations().isEmpty()) {
            head(html, ReportContent.DURATION_COLUMNS);
            for (DurationRow row : content.durations()) {
                row(html, List.of(row.label(), row.value(), row.reachedAt()), -1);
            }
            html.raw("</tbody>\n</table>\n");
        }
    }

    private static void list(HtmlWriter html, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.raw("<ul>\n");
        items.forEach(item -> HtmlText.listItem(html, item));
        html.raw("</ul>\n");
    }

    private static void timeline(HtmlWriter html, ReportContent content, Optional<String> pngBase64) {
        pngBase64.ifPresent(png -> html.raw("<figure><img src=\"data:image/png;base64,").raw(png).raw("\" alt=\"")
                .raw(ReportContent.PICTURE_CAPTION).raw("\"><figcaption>").raw(ReportContent.PICTURE_CAPTION)
                .raw("</figcaption></figure>\n"));
        if (content.timeline().isEmpty()) {
            note(html, ReportContent.NO_ENTRIES);
            return;
        }
        head(html, content.timelineColumns());
        for (TimelineRow row : content.timeline()) {
            html.raw("<tr><td class=\"time\">").text(row.time()).raw("</td><td>").text(row.kind()).raw("</td><td>")
                    .text(row.text()).raw("</td><td>").text(row.source()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void actions(HtmlWriter html, ReportContent content) {
        if (content.actions().isEmpty()) {
            note(html, ReportContent.NO_ACTIONS);
            return;
        }
        head(html, ReportContent.ACTION_COLUMNS);
        for (ActionRow row : content.actions()) {
            row(html, List.of(row.action(), row.type(), row.owner(), row.priority(), row.due(), row.status(),
                    row.link()), 6);
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void head(HtmlWriter html, List<String> columns) {
        html.raw("<table>\n<thead><tr>");
        columns.forEach(column -> html.raw("<th scope=\"col\">").text(column).raw("</th>"));
        html.raw("</tr></thead>\n<tbody>\n");
    }

    private static void row(HtmlWriter html, List<String> cells, int linkColumn) {
        html.raw("<tr>");
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            html.raw("<td>");
            if (column == linkColumn && WebLinks.isClickable(cell)) {
                html.raw("<a href=\"").attribute(cell).raw("\">").text(cell).raw("</a>");
            } else {
                html.text(cell);
            }
            html.raw("</td>");
        }
        html.raw("</tr>\n");
    }

    private static void note(HtmlWriter html, String text) {
        html.raw("<p class=\"note\">").text(text).raw("</p>\n");
    }

    /** "What went well" -> "what-went-well", so a wiki can link to a section. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String loadCss() {
        try (InputStream in = HtmlExporter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
