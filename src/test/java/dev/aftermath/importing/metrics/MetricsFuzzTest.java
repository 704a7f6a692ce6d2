package dev.aftermath.importing.metrics;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs give a result or a clean {@link ImportException}, never another exception and never a
 * hang (the time bound is generous: it guards against loops, it does not measure speed).
 */
class MetricsFuzzTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/aftermath/importing/metrics/golden");
    private static final int MUTANTS_PER_FIXTURE = 300;
    private static final String SPECIAL = "\",;\t\n\r.-+eE0123456789{}[]:";
    private static final List<Importer> IMPORTERS = List.of(new MetricsCsvImporter(), new PrometheusJsonImporter());

    @Test
    void mutatedFixturesGiveAResultOrAnImportException() throws IOException {
        List<byte[]> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path file : files.filter(path -> !path.toString().endsWith(".expected.json")).sorted().toList()) {
                fixtures.add(Files.readAllBytes(file));
            }
        }
        Random random = new Random(7);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (byte[] fixture : fixtures) {
                for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                    feedToEveryImporter(mutate(fixture, random));
                }
            }
        });
    }

    @Test
    void randomBytesAndTextGiveAResultOrAnImportException() {
        Random random = new Random(11);
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < 500; i++) {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                feedToEveryImporter(bytes);
                feedToEveryImporter(randomCsvLikeText(random).getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    @Test
    void hostileShapesGiveAnImportExceptionQuickly() {
        List<String> hostile = List.of(
                "", "\n\n\n", "\uFEFF", "sep=;", "sep=;\n", "\"", "\"\"\"", "time,a\n\"2023", ",,,,\n,,,,\n",
                "[".repeat(100_000), "{\"data\":".repeat(50_000), "{\"status\":\"success\",\"data\":{\"resultType\":",
                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error\"}",
                "time;a\n" + "2023-11-22T09:25:00Z;1\n".repeat(3) + "\"".repeat(1000),
                "a".repeat(3_000_000));
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            for (String text : hostile) {
                feedToEveryImporter(text.getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private static void feedToEveryImporter(byte[] input) throws IOException {
        for (Importer importer : IMPORTERS) {
            Source source = Source.ofText("fuzz", new String(input, StandardCharsets.ISO_8859_1));
            Source raw = new RawSource(input).source();
            for (Source each : List.of(source, raw)) {
                try {
                    importer.canRead(each);
                    importer.read(each, new ImportOptions(ZoneId.of("Europe/Berlin")), Progress.NONE);
                } catch (ImportException expected) {
                    // a clean refusal is one of the two allowed outcomes
                } catch (RuntimeException | StackOverflowError unexpected) {
                    fail(importer.id() + " threw " + unexpected + " for input: "
                            + new String(input, 0, Math.min(input.length, 300), StandardCharsets.ISO_8859_1),
                            unexpected);
                }
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int edit = 0; edit < edits && bytes.length > 0; edit++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
                case 2 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 3 -> bytes = splice(bytes, at, java.util.Arrays.copyOfRange(bytes, random.nextInt(at + 1), at));
                default -> bytes = splice(bytes, at, new byte[] {'"'});
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, byte[] inserted) {
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        return result;
    }

    private static String randomCsvLikeText(Random random) {
        String alphabet = "0123456789,;\t\n\"-.:TZ+ eE/AMPNa%";
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "time,value\n" : "");
        int length = random.nextInt(1500);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The bytes exactly as given, also where they are no valid UTF-8 (a text source would re-encode them). */
    private record RawSource(byte[] bytes) {
        Source source() throws IOException {
            Path file = Files.createTempFile("aftermath-fuzz", ".bin");
            file.toFile().deleteOnExit();
            Files.write(file, bytes);
            return Source.of(file);
        }
    }
}
