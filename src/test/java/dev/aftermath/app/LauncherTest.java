package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the desktop app and which run the command line. */
class LauncherTest {

    @TempDir
    Path folder;

    private Path existing(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "{}");
    }

    @Test
    void noArgumentsOpenTheDesktopWithNothingToImport() {
        assertEquals(Optional.of(List.of()), Launcher.filesForDesktop());
    }

    @Test
    void anExistingIncidentFileOpensTheDesktopToImportIt() throws IOException {
        Path file = existing("checkout outage.aftermath.json");

        assertEquals(Optional.of(List.of(file)), Launcher.filesForDesktop(file.toString()));
    }

    @Test
    void severalIncidentFilesFromTheFileManagerAreAllImported() throws IOException {
        Path first = existing("a.aftermath.json");
        Path second = existing("B.AFTERMATH.JSON");

        assertEquals(Optional.of(List.of(first, second)),
                Launcher.filesForDesktop(first.toString(), second.toString()));
    }

    @Test
    void aRelativePathIsResolvedAgainstTheWorkingDirectory() throws IOException {
        Path file = existing("relative.aftermath.json");
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        assertEquals(Optional.of(List.of(file)), Launcher.filesForDesktop(relative.toString()));
    }

    @Test
    void commandsRunTheCommandLine() throws IOException {
        Path file = existing("c.aftermath.json");

        assertEquals(Optional.empty(), Launcher.filesForDesktop("list"));
        assertEquals(Optional.empty(), Launcher.filesForDesktop("--version"));
        assertEquals(Optional.empty(), Launcher.filesForDesktop("import", file.toString()));
        assertEquals(Optional.empty(), Launcher.filesForDesktop(file.toString(), "--db", "other.db"));
    }

    @Test
    void aMissingIncidentFileGoesToTheCommandLineWhichNamesIt() {
        assertEquals(Optional.empty(), Launcher.filesForDesktop(folder.resolve("gone.aftermath.json").toString()));
    }

    @Test
    void otherFilesAndFoldersAreNotIncidentFiles() throws IOException {
        Path csv = existing("latency.csv");
        Path json = existing("statuspage.json");
        Path folderNamedLikeAFile = Files.createDirectory(folder.resolve("d.aftermath.json"));

        assertEquals(Optional.empty(), Launcher.filesForDesktop(csv.toString()));
        assertEquals(Optional.empty(), Launcher.filesForDesktop(json.toString()));
        assertEquals(Optional.empty(), Launcher.filesForDesktop(folderNamedLikeAFile.toString()));
    }
}
