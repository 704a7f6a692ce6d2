package dev.aftermath.cli;

import dev.aftermath.store.IncidentStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the command line in-process against a workspace in a temporary folder and captures what it prints. */
final class Cli {

    static final String RICH_BUNDLE = "/dev/aftermath/bundle/rich.aftermath.json";
    static final String RICH_ID = "659b5b4b-2a3e-3e08-8020-1ac7118615f0";

    record Result(int exitCode, String out, String err) {
        byte[] outBytes() {
            return out.getBytes(StandardCharsets.UTF_8);
        }
    }

    private final Path folder;
    private final Path db;

    Cli(Path folder) {
        this.folder = folder;
        this.db = folder.resolve("workspace.db");
    }

    Path db() {
        return db;
    }

    /** Runs against this test's workspace: {@code --db} is added in front. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return runWith(Map.of(), all.toArray(String[]::new));
    }

    Result runWith(Map<String, String> environment, String... args) {
        return capture((out, err) -> CommandLine.run(out, err, environment, args));
    }

    Result runWithStore(Function<Path, IncidentStore> opener, String... args) {
        return capture((out, err) -> CommandLine.run(out, err, Map.of(), opener, args));
    }

    private interface Invocation {
        int run(PrintStream out, PrintStream err);
    }

    /** The streams are Latin-1 on purpose: the command line must write UTF-8 whatever the stream's charset. */
    private static Result capture(Invocation invocation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = invocation.run(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes a file in the test's folder. */
    Path file(String name, String content) {
        try {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden bundle's text, to import as is or edited. */
    static String richBundle() {
        try (InputStream in = Cli.class.getResourceAsStream(RICH_BUNDLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden bundle with another incident id and title. */
    static String bundleWith(String id, String title) {
        return richBundle().replace(RICH_ID, id)
                .replace("Card payments declined — Café Zürich & São Paulo ☕", title);
    }
}
