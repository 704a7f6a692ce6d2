package dev.aftermath.export.markdown;

import dev.aftermath.export.ExportOptions;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.report.ActionRow;
import dev.aftermath.export.report.DurationRow;
import dev.aftermath.export.report.PictureWriter;
import dev.aftermath.export.report.ReportContent;
import dev.aftermath.export.report.ReportSection;
import dev.aftermath.export.report.TimelineRow;
import dev.aftermath.export.report.WebLinks;
import dev.aftermath.model.Incident;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * GitHub-flavoured Markdown: title, metadata and durations tables, then every review section as a {@code ##}
 * heading. Text sections are Markdown already and go out as written; user text inside tables is escaped so that a
 * pipe, a line break or a backtick never breaks a row.
 */
public final class MarkdownExporter implements Exporter {

    private final Optional<PictureWriter> picture;

    /** Without a timeline picture. */
    public MarkdownExporter() {
        this.picture = Optional.empty();
    }

    /** Writes the timeline picture next to the target file and references it under "Timeline". */
    public MarkdownExporter(PictureWriter picture) {
        this.picture = Optional.of(picture);
    }

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public void write(Incident incident, ExportOptions options, OutputStream out) throws IOException {
        Optional<String> pictureName = writePicture(incident, options);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(render(ReportContent.of(incident), pictureName));
        writer.flush();
    }

    /** The Markdown text itself, for "Copy as Markdown" and tests; it references a picture only when named. */
    public static String render(ReportContent content, Optional<String> pictureName) {
        StringBuilder md = new StringBuilder(256 + content.timeline().size() * 96);
        md.append("# ").append(MarkdownEscapes.inline(content.title())).append("\n\n");
        md.append('*').append(ReportContent.DOCUMENT_KIND).append("*\n\n");
        table(md, List.of("Detail", "Value"),
                content.metadata().stream().map(row -> List.of("**" + row.label() + "**", cell(row.value()))));
        md.append("**").append(ReportContent.DURATIONS_HEADING).append("**: ")
                .append(MarkdownEscapes.inline(content.durationsNote())).append("\n\n");
        if (!content.durations().isEmpty()) {
            table(md, ReportContent.DURATION_COLUMNS, content.durations().stream().map(MarkdownExporter::cells));
        }
        for (ReportSection section : content.sections()) {
            md.append("## ").append(section.heading()).append("\n\n");
            switch (section.kind()) {
                case TEXT -> text(md, section);
                case LIST -> list(md, section);
                case TIMELINE -> timeline(md, content, pictureName);
                case ACTION_ITEMS -> actions(md, content);
            }
        }
        return md.toString();
    }

    private Optional<String> writePicture(Incident incident, ExportOptions options) throws IOException {
        if (picture.isEmpty() || options.target() == null) {
            return Optional.empty();
        }
        Path target = options.target().toAbsolutePath();
        String base = target.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path file = target.resolveSibling(base + "-timeline.png");
        try (OutputStream png = Files.newOutputStream(file)) {
            picture.get().writePng(incident, png);
        }
        return Optional.of(file.getFileName().toString());
    }

    private static void text(StringBuilder md, ReportSection section) {
        md.append(section.isUnwritten() ? "*" + ReportContent.UNWRITTEN + "*" : section.items().get(0)).append("\n\n");
    }

    private static void list(StringBuilder md, ReportSection section) {
        if (section.isUnwritten()) {
            md.append('*').append(ReportContent.UNWRITTEN).append("*\n\n");
            return;
        }
        for (String item : section.items()) {
            md.append("- ").append(item.replaceAll("\\R", "\n  ")).append('\n');
        }
        md.append('\n');
    }

    private static void timeline(StringBuilder md, ReportContent content, Optional<String> pictureName) {
        pictureName.ifPresent(name -> md.append("![").append(ReportContent.PICTURE_CAPTION).append("](<")
                .append(name).append(">)\n\n"));
        if (content.timeline().isEmpty()) {
            md.append('*').append(ReportContent.NO_ENTRIES).append("*\n\n");
            return;
        }
        table(md, content.timelineColumns(), content.timeline().stream().map(MarkdownExporter::cells));
    }

    private static void actions(StringBuilder md, ReportContent content) {
        if (content.actions().isEmpty()) {
            md.append('*').append(ReportContent.NO_ACTIONS).append("*\n\n");
            return;
        }
        table(md, ReportContent.ACTION_COLUMNS, content.actions().stream().map(MarkdownExporter::cells));
    }

    private static List<String> cells(DurationRow row) {
        return List.of(cell(row.label()), cell(row.value()), cell(row.reachedAt()));
    }

    private static List<String> cells(TimelineRow row) {
        return List.of(cell(row.time()), cell(row.kind()), cell(row.text()), cell(row.source()));
    }

    private static List<String> cells(ActionRow row) {
        String link = WebLinks.isClickable(row.link()) ? "<" + row.link() + ">" : cell(row.link());
        return List.of(cell(row.action()), cell(row.type()), cell(row.owner()), cell(row.priority()),
                cell(row.due()), cell(row.status()), link);
    }

    private static String cell(String text) {
        return MarkdownEscapes.cell(text);
    }

    private static void table(StringBuilder md, List<String> columns, Stream<List<String>> rows) {
        row(md, columns.stream().map(MarkdownEscapes::cell).toList());
        md.append('|');
        columns.forEach(column -> md.append(" --- |"));
        md.append('\n');
        rows.forEach(cells -> row(md, cells));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }
}
