package dev.aftermath.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftermath.app.Launcher.DesktopStart;
import dev.aftermath.store.WorkspaceChoice;
import dev.aftermath.store.WorkspaceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the desktop app (on which workspace, with which files) and which run the command line. */
class LauncherTest {

    @TempDir
    Path folder;

    private Path existing(String name) throws IOException {
        return Files.writeString(folder.resolve(name), "{}");
    }

    private static Optional<List<Path>> filesForDesktop(String... args) {
        return Launcher.desktopStart(args).map(DesktopStart::files);
    }

    @Test
    void noArgumentsOpenTheDesktopWithNothingToImport() {
        assertEquals(Optional.of(new DesktopStart(null, List.of())), Launcher.desktopStart());
        assertArrayEquals(new String[0], Launcher.desktopStart().orElseThrow().parameters());
    }

    @Test
    void anExistingIncidentFileOpensTheDesktopToImportIt() throws IOException {
        Path file = existing("checkout outage.aftermath.json");

        assertEquals(Optional.of(List.of(file)), filesForDesktop(file.toString()));
    }

    @Test
    void severalIncidentFilesFromTheFileManagerAreAllImported() throws IOException {
        Path first = existing("a.aftermath.json");
        Path second = existing("B.AFTERMATH.JSON");

        assertEquals(Optional.of(List.of(first, second)), filesForDesktop(first.toString(), second.toString()));
    }

    @Test
    void aRelativePathIsResolvedAgainstTheWorkingDirectory() throws IOException {
        Path file = existing("relative.aftermath.json");
        Path relative = Path.of("").toAbsolutePath().relativize(file);

        assertEquals(Optional.of(List.of(file)), filesForDesktop(relative.toString()));
    }

    @Test
    void aWorkspaceOptionWithoutACommandOpensTheDesktopOnThatWorkspace() {
        Path workspace = folder.resolve("team.db");

        DesktopStart start = Launcher.desktopStart("--db", workspace.toString()).orElseThrow();

        assertEquals(new DesktopStart(workspace, List.of()), start);
        assertArrayEquals(new String[] {"--db=" + workspace}, start.parameters(),
                "passed to JavaFX as the named parameter the app reads");
        assertEquals(Optional.of(start), Launcher.desktopStart("--db=" + workspace));
    }

    @Test
    void aRelativeWorkspaceIsResolvedAgainstTheWorkingDirectory() {
        assertEquals(Path.of("team.db").toAbsolutePath(),
                Launcher.desktopStart("--db", "team.db").orElseThrow().workspace());
    }

    @Test
    void aWorkspaceOptionWithIncidentFilesOpensTheWorkspaceAndImportsThem() throws IOException {
        Path workspace = folder.resolve("team.db");
        Path file = existing("c.aftermath.json");

        assertEquals(Optional.of(new DesktopStart(workspace, List.of(file))),
                Launcher.desktopStart(file.toString(), "--db", workspace.toString()));
        assertArrayEquals(new String[] {"--db=" + workspace, file.toString()},
                Launcher.desktopStart("--db", workspace.toString(), file.toString()).orElseThrow().parameters());
    }

    @Test
    void commandsRunTheCommandLine() throws IOException {
        Path file = existing("c.aftermath.json");

        assertEquals(Optional.empty(), Launcher.desktopStart("list"));
        assertEquals(Optional.empty(), Launcher.desktopStart("--version"));
        assertEquals(Optional.empty(), Launcher.desktopStart("import", file.toString()));
        assertEquals(Optional.empty(), Launcher.desktopStart(file.toString(), "--db", "other.db", "list"));
        assertEquals(Optional.empty(), Launcher.desktopStart("--db", "other.db", "list"));
        assertEquals(Optional.empty(), Launcher.desktopStart("--db", "other.db", "--help"));
    }

    @Test
    void aWorkspaceOptionWithoutAFileOrGivenTwiceGoesToTheCommandLineWhichSaysWhy() {
        assertEquals(Optional.empty(), Launcher.desktopStart("--db"));
        assertEquals(Optional.empty(), Launcher.desktopStart("--db="));
        assertEquals(Optional.empty(), Launcher.desktopStart("--db", "--version"));
        assertEquals(Optional.empty(), Launcher.desktopStart("--db", "a.db", "--db", "b.db"));
    }

    @Test
    void aMissingIncidentFileGoesToTheCommandLineWhichNamesIt() {
        assertEquals(Optional.empty(), Launcher.desktopStart(folder.resolve("gone.aftermath.json").toString()));
    }

    @Test
    void otherFilesAndFoldersAreNotIncidentFiles() throws IOException {
        Path csv = existing("latency.csv");
        Path json = existing("statuspage.json");
        Path folderNamedLikeAFile = Files.createDirectory(folder.resolve("d.aftermath.json"));

        assertEquals(Optional.empty(), Launcher.desktopStart(csv.toString()));
        assertEquals(Optional.empty(), Launcher.desktopStart(json.toString()));
        assertEquals(Optional.empty(), Launcher.desktopStart(folderNamedLikeAFile.toString()));
    }

    @Test
    void theDesktopsWorkspaceIsTheOptionThenThePropertyThenTheEnvironmentThenTheDefault() {
        Map<String, String> environment = Map.of(WorkspaceLocation.ENVIRONMENT_VARIABLE, "/env/team.db");

        assertEquals(WorkspaceChoice.given(Path.of("/option.db")),
                AftermathApp.chooseWorkspace("/option.db", "/property.db", environment));
        assertEquals(WorkspaceChoice.given(Path.of("/property.db")),
                AftermathApp.chooseWorkspace(null, "/property.db", environment));
        assertEquals(WorkspaceChoice.given(Path.of("/env/team.db")),
                AftermathApp.chooseWorkspace(null, null, environment), "AFTERMATH_DB with no arguments");
        assertTrue(AftermathApp.chooseWorkspace(null, "", Map.of()).isDefault());
    }
}
