package dev.aftermath.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Which workspace file to open: the one given with {@code --db}, else {@code AFTERMATH_DB}, else the default file in
 * the user's data folder, following each platform's convention.
 */
public final class WorkspaceLocation {

    public static final String ENVIRONMENT_VARIABLE = "AFTERMATH_DB";
    static final String FILE_NAME = "workspace.db";

    private WorkspaceLocation() {
    }

    public static Path resolve(Path dbOption, Map<String, String> environment) {
        return choose(dbOption, environment).file();
    }

    /** True when neither an option nor the environment chose the file: the workspace is the user's default one. */
    public static boolean isDefault(Path dbOption, Map<String, String> environment) {
        return choose(dbOption, environment).isDefault();
    }

    /** The file to open, and whether it is the default one rather than one named by an option or the environment. */
    public static WorkspaceChoice choose(Path dbOption, Map<String, String> environment) {
        if (dbOption != null) {
            return WorkspaceChoice.given(dbOption);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return WorkspaceChoice.given(Path.of(fromEnvironment));
        }
        return new WorkspaceChoice(defaultFile(environment, System.getProperty("os.name", ""),
                System.getProperty("user.home", ".")), true);
    }

    /**
     * The file as a person reads it in a status line: on Linux and macOS a file in the home folder starts with "~",
     * as shells write it; elsewhere, and outside home, the whole path.
     */
    public static String shown(Path file) {
        return shown(file, System.getProperty("os.name", ""), System.getProperty("user.home", ""));
    }

    static String shown(Path file, String osName, String home) {
        Path absolute = file.toAbsolutePath().normalize();
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") || home.isBlank()) {
            return absolute.toString();
        }
        Path homeFolder = Path.of(home).toAbsolutePath().normalize();
        return absolute.startsWith(homeFolder) && !absolute.equals(homeFolder)
                ? "~/" + homeFolder.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    public static Path defaultFile() {
        return defaultFile(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The user's cache folder for Aftermath: files it can always make again, kept to save time. */
    public static Path cacheFolder() {
        return cacheFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path cacheFolder(Map<String, String> environment, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = environment.get("LOCALAPPDATA");
            Path base = localAppData == null || localAppData.isBlank()
                    ? Path.of(home, "AppData", "Local") : Path.of(localAppData);
            return base.resolve("Aftermath").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "Aftermath");
        }
        String xdgCacheHome = environment.get("XDG_CACHE_HOME");
        Path base = xdgCacheHome == null || xdgCacheHome.isBlank() ? Path.of(home, ".cache") : Path.of(xdgCacheHome);
        return base.resolve("aftermath");
    }

    static Path defaultFile(Map<String, String> environment, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("Aftermath").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Aftermath", FILE_NAME);
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome == null || xdgDataHome.isBlank()
                ? Path.of(home, ".local", "share")
                : Path.of(xdgDataHome);
        return base.resolve("aftermath").resolve(FILE_NAME);
    }
}
