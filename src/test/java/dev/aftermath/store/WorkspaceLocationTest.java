package dev.aftermath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(Path.of("given.db"),
                WorkspaceLocation.resolve(Path.of("given.db"), Map.of("AFTERMATH_DB", "env.db")));
        assertFalse(WorkspaceLocation.isDefault(Path.of("given.db"), Map.of()));
    }

    @Test
    void theEnvironmentWinsOverTheDefault() {
        assertEquals(Path.of("env.db"), WorkspaceLocation.resolve(null, Map.of("AFTERMATH_DB", "env.db")));
        assertFalse(WorkspaceLocation.isDefault(null, Map.of("AFTERMATH_DB", "env.db")));
        assertTrue(WorkspaceLocation.isDefault(null, Map.of("AFTERMATH_DB", " ")));
    }

    @Test
    void onlyTheFileNothingNamedIsTheDefaultOne() {
        assertEquals(WorkspaceChoice.given(Path.of("given.db")),
                WorkspaceLocation.choose(Path.of("given.db"), Map.of()));
        assertEquals(WorkspaceChoice.given(Path.of("env.db")),
                WorkspaceLocation.choose(null, Map.of("AFTERMATH_DB", "env.db")));
        WorkspaceChoice chosen = WorkspaceLocation.choose(null, Map.of("XDG_DATA_HOME", "/data"));
        assertTrue(chosen.isDefault());
        assertEquals(WorkspaceLocation.FILE_NAME, chosen.file().getFileName().toString());
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/aftermath/workspace.db"),
                WorkspaceLocation.defaultFile(Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/kim"));
        assertEquals(Path.of("/home/kim/.local/share/aftermath/workspace.db"),
                WorkspaceLocation.defaultFile(Map.of(), "Linux", "/home/kim"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/kim/Library/Application Support/Aftermath/workspace.db"),
                WorkspaceLocation.defaultFile(Map.of(), "Mac OS X", "/Users/kim"));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/kim/AppData/Roaming", "Aftermath", "workspace.db"),
                WorkspaceLocation.defaultFile(Map.of("APPDATA", "C:/Users/kim/AppData/Roaming"), "Windows 11",
                        "C:/Users/kim"));
    }

    @Test
    void cachesGoWhereEachPlatformKeepsThem() {
        assertEquals(Path.of("/cache/aftermath"),
                WorkspaceLocation.cacheFolder(Map.of("XDG_CACHE_HOME", "/cache"), "Linux", "/home/kim"));
        assertEquals(Path.of("/home/kim/.cache/aftermath"),
                WorkspaceLocation.cacheFolder(Map.of(), "Linux", "/home/kim"));
        assertEquals(Path.of("/Users/kim/Library/Caches/Aftermath"),
                WorkspaceLocation.cacheFolder(Map.of(), "Mac OS X", "/Users/kim"));
        assertEquals(Path.of("C:/Users/kim/AppData/Local", "Aftermath", "Cache"),
                WorkspaceLocation.cacheFolder(Map.of("LOCALAPPDATA", "C:/Users/kim/AppData/Local"), "Windows 11",
                        "C:/Users/kim"));
    }

    @Test
    void aFileInTheHomeFolderIsShownFromTildeOnLinuxAndMac() {
        assertEquals("~/.local/share/aftermath/workspace.db", WorkspaceLocation.shown(
                Path.of("/home/kim/.local/share/aftermath/workspace.db"), "Linux", "/home/kim"));
        assertEquals("~/Library/Application Support/Aftermath/workspace.db", WorkspaceLocation.shown(
                Path.of("/Users/kim/Library/Application Support/Aftermath/workspace.db"), "Mac OS X", "/Users/kim"));
    }

    @Test
    void aFileOutsideHomeOrInAFolderThatOnlyStartsLikeItIsShownWhole() {
        assertEquals(Path.of("/srv/incidents.db").toAbsolutePath().toString(),
                WorkspaceLocation.shown(Path.of("/srv/incidents.db"), "Linux", "/home/kim"));
        assertEquals(Path.of("/home/kimberly/x.db").toAbsolutePath().toString(),
                WorkspaceLocation.shown(Path.of("/home/kimberly/x.db"), "Linux", "/home/kim"));
    }
}
