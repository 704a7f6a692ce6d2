package dev.aftermath.app;

import dev.aftermath.cli.CommandLine;
import dev.aftermath.store.WorkspaceLocation;
import dev.aftermath.workspace.RunningApp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;

/**
 * The entry point of the jar and of the installed app. With no arguments it opens the desktop app. With only
 * existing incident files ({@code *.aftermath.json}), as a file manager passes them when the user opens one, it opens
 * the desktop app and imports them. {@code --db FILE} (or {@code --db=FILE}) with no command opens the desktop app on
 * that workspace, with or without incident files. Anything else is a command line, which never touches JavaFX. A
 * class that extends {@code Application} cannot be the main class of a plain jar, hence this one. When the app
 * already runs on the workspace, a desktop start hands its files over to it (and brings its window to the front)
 * instead of starting a second app that would find the workspace in use.
 */
public final class Launcher {

    static final String INCIDENT_FILE_SUFFIX = ".aftermath.json";
    static final String DB_OPTION = "--db";

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<DesktopStart> desktop = desktopStart(args);
        if (desktop.isPresent()) {
            if (!RunningApp.handOver(WorkspaceLocation.cacheFolder(), desktop.get().workspaceFile(),
                    desktop.get().files())) {
                Application.launch(AftermathApp.class, desktop.get().parameters());
            }
        } else {
            System.exit(CommandLine.run(args));
        }
    }

    /**
     * How the desktop app should start, or empty when the arguments are a command. A command never looks like an
     * incident file or a workspace option, so the two cannot be confused; a misspelt or missing file, or a
     * {@code --db} without a file, goes to the command line, which says what is wrong with it.
     */
    static Optional<DesktopStart> desktopStart(String... args) {
        Path workspace = null;
        List<Path> files = new ArrayList<>();
        for (int index = 0; index < args.length; index++) {
            String arg = args[index];
            boolean dbOption = arg.equals(DB_OPTION) || arg.startsWith(DB_OPTION + "=");
            if (dbOption) {
                String value = arg.equals(DB_OPTION) ? (index + 1 < args.length ? args[++index] : "")
                        : arg.substring(DB_OPTION.length() + 1);
                Optional<Path> file = workspaceFile(value);
                if (workspace != null || file.isEmpty()) {
                    return Optional.empty();
                }
                workspace = file.get();
                continue;
            }
            Optional<Path> file = incidentFile(arg);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            files.add(file.get());
        }
        return Optional.of(new DesktopStart(workspace, files));
    }

    private static Optional<Path> workspaceFile(String value) {
        if (value.isBlank() || value.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value).toAbsolutePath().normalize());
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    private static Optional<Path> incidentFile(String arg) {
        if (!arg.toLowerCase(Locale.ROOT).endsWith(INCIDENT_FILE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(arg).toAbsolutePath().normalize();
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    /**
     * What the desktop app is started with.
     *
     * @param workspace the workspace file named with {@code --db}, or null for the usual choice
     * @param files incident files to import once the window is up
     */
    record DesktopStart(Path workspace, List<Path> files) {

        DesktopStart {
            files = List.copyOf(files);
        }

        /** The workspace the app opens: the one named, else the one the app chooses. */
        Path workspaceFile() {
            return workspace != null ? workspace
                    : AftermathApp.chooseWorkspace(null, System.getProperty(AftermathApp.DB_PROPERTY), System.getenv())
                            .file();
        }

        /** As JavaFX passes them on: the workspace as the named parameter {@code --db=FILE}, the files unnamed. */
        String[] parameters() {
            List<String> parameters = new ArrayList<>();
            if (workspace != null) {
                parameters.add("--" + AftermathApp.DB_PARAMETER + "=" + workspace);
            }
            files.forEach(file -> parameters.add(file.toString()));
            return parameters.toArray(String[]::new);
        }
    }
}
