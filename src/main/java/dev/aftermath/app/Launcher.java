package dev.aftermath.app;

import dev.aftermath.cli.CommandLine;
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
 * the desktop app and imports them. Anything else is a command line, which never touches JavaFX. A class that extends
 * {@code Application} cannot be the main class of a plain jar, hence this one.
 */
public final class Launcher {

    static final String INCIDENT_FILE_SUFFIX = ".aftermath.json";

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<List<Path>> desktopFiles = filesForDesktop(args);
        if (desktopFiles.isPresent()) {
            Application.launch(AftermathApp.class, desktopFiles.get().stream().map(Path::toString)
                    .toArray(String[]::new));
        } else {
            System.exit(CommandLine.run(args));
        }
    }

    /**
     * The incident files the desktop app should open (none for a plain start), or empty when the arguments are a
     * command. A command never looks like an incident file, so the two cannot be confused; a misspelt or missing
     * file goes to the command line, which says what is wrong with it.
     */
    static Optional<List<Path>> filesForDesktop(String... args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Optional<Path> file = incidentFile(arg);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            files.add(file.get());
        }
        return Optional.of(List.copyOf(files));
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
}
