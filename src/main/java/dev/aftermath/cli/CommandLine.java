package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import dev.aftermath.store.sqlite.SqliteIncidentStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** The command line's entry: runs one command and returns its exit code (0 done, 1 bad input, 2 wrong usage). */
public final class CommandLine {

    private CommandLine() {
    }

    public static int run(String... args) {
        return run(System.out, System.err, System.getenv(), args);
    }

    /** Runs with the given output streams (written as UTF-8) and environment, so tests need no process. */
    public static int run(PrintStream out, PrintStream err, Map<String, String> environment, String... args) {
        return run(out, err, environment, SqliteIncidentStore::open, args);
    }

    static int run(PrintStream out, PrintStream err, Map<String, String> environment,
                   Function<Path, IncidentStore> storeOpener, String... args) {
        CliContext context = new CliContext(out, err, environment, storeOpener);
        try {
            return CommandLines.create(context).execute(args);
        } finally {
            context.flush();
        }
    }
}
