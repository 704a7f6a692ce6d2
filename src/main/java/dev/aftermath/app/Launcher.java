package dev.aftermath.app;

import dev.aftermath.cli.CommandLine;
import javafx.application.Application;

/**
 * The jar's entry point. With no arguments it opens the desktop app; with arguments it runs the command line,
 * which never touches JavaFX. A class that extends {@code Application} cannot be the main class of a plain jar,
 * hence this one.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(AftermathApp.class, args);
        } else {
            System.exit(CommandLine.run(args));
        }
    }
}
