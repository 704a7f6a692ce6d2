package dev.aftermath.cli;

import dev.aftermath.Version;

/** The command line's entry: runs one command and returns its exit code. */
public final class CommandLine {

    private CommandLine() {
    }

    public static int run(String... args) {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("aftermath " + Version.current());
            return 0;
        }
        System.err.println("aftermath: not yet available");
        return 2;
    }
}
