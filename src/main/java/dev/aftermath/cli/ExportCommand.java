package dev.aftermath.cli;

import dev.aftermath.export.ExportSettings;
import dev.aftermath.export.Exporter;
import dev.aftermath.export.ExporterRegistry;
import dev.aftermath.export.picture.PictureOptions;
import dev.aftermath.store.IncidentStore;
import dev.aftermath.timeline.Theme;
import dev.aftermath.work.Progress;
import dev.aftermath.workspace.ExportService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Writes an incident to a file; prints the file's path.")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private AftermathCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The incident's id, or its first characters (at least 4).")
    private TypedId id;

    @Option(names = "--format", paramLabel = "F", required = true,
            description = "The format: json, markdown, docx, html, png or svg.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
    private Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600",
            description = "Picture width in pixels (png, svg). Default: ${DEFAULT-VALUE}.")
    private int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "900",
            description = "Picture height in pixels (png, svg). Default: ${DEFAULT-VALUE}.")
    private int height;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "Picture theme: light, dark or contrast. Default: ${DEFAULT-VALUE}.")
    private String theme;

    @Option(names = "--no-picture", description = "Leave the timeline picture out of markdown, docx and html.")
    private boolean noPicture;

    @Option(names = "--template", paramLabel = "FILE.docx", description = "Use this Word file's styles (docx).")
    private Path template;

    @Override
    public Integer call() {
        ExporterRegistry exporters = ExporterRegistry.standard(settings());
        Exporter exporter = exporterFor(exporters);
        try (IncidentStore store = parent.openStore()) {
            new ExportService(store, exporters).export(IncidentIds.resolve(store, id), exporter, out, Progress.NONE);
        }
        parent.context().out().println(out);
        return 0;
    }

    /** Checked before the workspace opens: a mistyped format is wrong usage and must not create a workspace. */
    private Exporter exporterFor(ExporterRegistry exporters) {
        return exporters.find(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown export format '" + format + "'; use " + Choices.either(
                        exporters.exporters().stream().map(Exporter::format).toList())));
    }

    private ExportSettings settings() {
        Theme chosen = Theme.named(theme).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown theme '" + theme + "'; use "
                        + Choices.either(Theme.ALL.stream().map(Theme::name).toList())));
        if (width < PictureOptions.MIN_SIZE || width > PictureOptions.MAX_SIZE
                || height < PictureOptions.MIN_SIZE || height > PictureOptions.MAX_SIZE) {
            throw new ParameterException(spec.commandLine(), "a picture must be between " + PictureOptions.MIN_SIZE
                    + " and " + PictureOptions.MAX_SIZE + " pixels wide and high; " + width + "x" + height
                    + " was asked for");
        }
        return new ExportSettings(new PictureOptions(width, height, chosen), !noPicture, template);
    }
}
