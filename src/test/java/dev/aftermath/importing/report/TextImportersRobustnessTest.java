package dev.aftermath.importing.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.importing.ImportException;
import dev.aftermath.importing.ImportOptions;
import dev.aftermath.importing.ImportResult;
import dev.aftermath.importing.Importer;
import dev.aftermath.importing.Source;
import dev.aftermath.importing.pastedtext.StatusPageTextImporter;
import dev.aftermath.work.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated inputs: every text importer returns a result or a clean ImportException, and never hangs.
 * The time limit is a hang guard far above the real cost, not a speed requirement.
 */
class TextImportersRobustnessTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final List<Importer> IMPORTERS = List.of(new ReportImporter(), new StatusPageTextImporter());
    private static final String[] PIECES = {"Posted ", "Nov 22, 2023", " - ", "08:24", " UTC", "\n", "Resolved",
            "between ", " and ", "(", ")", "This incident affected: ", "## ", "| ", " |", "12:05 am", "±", "the 7th of ",
            "November", "What went well", "- ", "1. ", "2023-11-22 0733", ",", ".", " ", "9.37am PST", "\u00A0", "—",
            "the next day", "99:99", "Feb 30, 2024 - 10:00 CET", "Posted 4 days ago. ", "UTC+14", "SEV0", "\r\n"};

    @Test
    void randomPiecesOfReportSyntaxGiveAResultOrAnImportException() {
        Random random = new Random(20261122);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 400; round++) {
                StringBuilder text = new StringBuilder();
                int pieces = 1 + random.nextInt(120);
                for (int piece = 0; piece < pieces; piece++) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
                importEverywhere(text.toString());
            }
        });
    }

    @Test
    void mutatedFixturesGiveAResultOrAnImportException() throws IOException {
        List<String> fixtures = List.of(
                read("report", "markdown-table-report.md"), read("report", "plain-narrative.txt"),
                read("report", "report-with-posts.txt"), read("pastedtext", "copied-page-cest.txt"));
        Random random = new Random(7);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 300; round++) {
                importEverywhere(mutate(fixtures.get(random.nextInt(fixtures.size())), random));
            }
        });
    }

    @Test
    void randomBytesGiveAResultOrAnImportException() {
        Random random = new Random(99);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            for (int round = 0; round < 100; round++) {
                byte[] bytes = new byte[random.nextInt(4000)];
                random.nextBytes(bytes);
                importEverywhere(new String(bytes, StandardCharsets.ISO_8859_1));
            }
        });
    }

    @Test
    void anEnormousSingleLineDoesNotHang() {
        String digitsAndColons = "1:2:3 4:56:7 Nov 22, 2023 - 0 between 12:00 and ".repeat(110_000);
        String spaces = "Posted " + " ".repeat(5_000_000) + "x";
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            importEverywhere(digitsAndColons);
            importEverywhere(spaces);
            importEverywhere("a".repeat(5_000_000) + " at 08:00 UTC on 2024-01-01");
        });
    }

    @Test
    void anEmptyOrBinaryFileIsAnImportExceptionNamingTheFile() {
        for (Importer importer : IMPORTERS) {
            ImportException empty = assertThrows(ImportException.class,
                    () -> importer.read(Source.ofText("empty.txt", "  \n"), ImportOptions.DEFAULT, Progress.NONE));
            assertTrue(empty.getMessage().startsWith("empty.txt: "), empty.getMessage());
            ImportException binary = assertThrows(ImportException.class,
                    () -> importer.read(Source.ofText("blob.bin", "PK\u0003\u0004\u0000\u0000 at 08:00 UTC"),
                            ImportOptions.DEFAULT, Progress.NONE));
            assertTrue(binary.getMessage().contains("not text"), binary.getMessage());
        }
    }

    private static void importEverywhere(String text) {
        for (Importer importer : IMPORTERS) {
            Source source = Source.ofText("fuzz.txt", text);
            try {
                importer.canRead(source);
                ImportResult result = importer.read(source, ImportOptions.DEFAULT, Progress.NONE);
                assertNotNull(result);
                assertFalse(result.incidents().isEmpty());
            } catch (ImportException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz.txt"), expected.getMessage());
            } catch (IOException impossible) {
                throw new AssertionError(impossible);
            }
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder mutated = new StringBuilder(text);
        int edits = 1 + random.nextInt(20);
        for (int edit = 0; edit < edits && mutated.length() > 0; edit++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(4)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> mutated.setCharAt(at, (char) random.nextInt(0x3000));
                default -> mutated.insert(at, mutated.substring(at, Math.min(mutated.length(), at + 40)));
            }
        }
        return mutated.toString();
    }

    private static String read(String folder, String name) throws IOException {
        return Files.readString(ImportGolden.fixture(folder, name), StandardCharsets.UTF_8);
    }
}
