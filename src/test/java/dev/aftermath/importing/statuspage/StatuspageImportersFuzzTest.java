package dev.aftermath.importing.statuspage;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.feed.StatuspageFeedImporter;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated inputs must end in a result or an {@link ImportException}: never another exception, never a
 * hang. The seed is fixed, so a failure names an input that can be replayed. The time bound only guards against
 * hangs; it is generous because the build machine is shared.
 */
class StatuspageImportersFuzzTest {

    private static final long SEED = 20251102L;
    private static final int MUTANTS_PER_FIXTURE = 80;
    private static final int RANDOM_INPUTS = 120;
    private static final String[] TOKENS = {"{", "}", "[", "]", "\"", ",", ":", "<", ">", "&", "&amp;", "&#", ";",
        "<small>", "</small>", "<strong>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<![CDATA[", "\u0000", "\uFFFF",
        "\"display_at\": \"2025-02-30T99:99:99Z\"", "null", "1e999999", "Dec 31, 25:61 XYZ", "<entry>", "</feed>"};

    private final List<Importer> importers = List.of(new StatuspageJsonImporter(), new StatuspageFeedImporter());

    @TempDir
    Path folder;

    @Test
    void randomAndMutatedInputsEndInAResultOrAnImportException() {
        List<byte[]> inputs = inputs(new Random(SEED));
        Path file = folder.resolve("fuzz.input");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> inputs.forEach(input -> feedToEveryImporter(input,
                file)), "hang guard: " + inputs.size() + " inputs");
    }

    /** Through a file, so that the bytes reach the importers exactly, invalid UTF-8 included. */
    private void feedToEveryImporter(byte[] input, Path file) {
        try {
            Files.write(file, input);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Source source = Source.of(file);
        for (Importer importer : importers) {
            try {
                importer.canRead(source);
                importer.read(source, ImportOptions.DEFAULT, Progress.NONE);
            } catch (ImportException expected) {
                // the clean way to refuse bad input
            } catch (IOException | RuntimeException unexpected) {
                fail(importer.id() + " threw " + unexpected + " for input "
                        + HexFormat.of().formatHex(input, 0, Math.min(input.length, 400)), unexpected);
            }
        }
    }

    private static List<byte[]> inputs(Random random) {
        List<byte[]> inputs = new ArrayList<>();
        for (String fixture : List.of("statuspage/incidents-new-york-dst.json", "statuspage/summary-berlin.json",
                "statuspage/webhook-incident.json", "feed/history-new-year.atom", "feed/history.rss")) {
            byte[] original = fixture(fixture);
            for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                inputs.add(mutate(original, random));
            }
        }
        for (int i = 0; i < RANDOM_INPUTS; i++) {
            byte[] noise = new byte[random.nextInt(2048)];
            random.nextBytes(noise);
            inputs.add(noise);
        }
        return inputs;
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] mutant = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && mutant.length > 0; i++) {
            int at = random.nextInt(mutant.length);
            mutant = switch (random.nextInt(5)) {
                case 0 -> flip(mutant, at, random);
                case 1 -> Arrays.copyOf(mutant, at);
                case 2 -> insert(mutant, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> insert(mutant, at, Arrays.copyOfRange(mutant, at, Math.min(mutant.length,
                        at + random.nextInt(400))));
                default -> remove(mutant, at, random.nextInt(200));
            };
        }
        return mutant;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        bytes[at] = (byte) random.nextInt(256);
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static byte[] remove(byte[] bytes, int at, int length) {
        int end = Math.min(bytes.length, at + length);
        byte[] result = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, end, result, at, bytes.length - end);
        return result;
    }

    private static byte[] fixture(String name) {
        try (InputStream in = StatuspageImportersFuzzTest.class.getResourceAsStream("/dev/aftermath/importing/"
                + name)) {
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
