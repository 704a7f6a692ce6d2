import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds Aftermath's installer for the operating system it runs on, with the JDK it runs on (installers/README.md):
 * a runtime trimmed by jlink to the JDK modules that jdeps names, JavaFX on the class path inside the app's jar
 * (its native libraries beside it), an app image, a start-up cache made by a training run of that image, and the
 * installer packaged from the trained image: .deb on Linux (and the app image itself), .msi on Windows, .dmg on
 * macOS. Maven's {@code installer} profile runs it after the jar is built:
 *
 * <pre>java installers/BuildInstaller.java --jar target/aftermath.jar --version 0.1.0 --out target/installer</pre>
 *
 * ({@code java -Dinstaller.imageOnly=true installers/BuildInstaller.java …} stops after the trained app image.)
 *
 * The start-up cache is JDK 25's AOT cache when the build JDK has it, else an AppCDS archive (ADR 0012). Either is
 * made by launching the app image once with {@code -Daftermath.startupProbe=true}, which quits as soon as the
 * workspace is on screen; on Linux without a display the run goes through {@code xvfb-run}.
 */
public final class BuildInstaller {

    static final String NAME = "Aftermath";
    static final String MAIN_CLASS = "dev.aftermath.app.Launcher";
    static final String VENDOR = "Aftermath";
    static final String DESCRIPTION = "Incident timelines and root-cause analyses, offline, on the desktop.";
    /** Keeps Windows upgrades in place: the MSI of every version must carry the same upgrade code. */
    static final String WINDOWS_UPGRADE_UUID = "5f0c6f0e-3b51-4a8e-9d57-2f9a51c6a7e4";
    static final int AOT_CACHE_JDK = 25;
    static final int TRAINING_TIMEOUT_SECONDS = 180;

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }
    }

    private final Path jar;
    private final String version;
    private final Path out;
    private final Path installers;
    private final Os os = Os.current();
    private final int jdk = Runtime.version().feature();

    BuildInstaller(Path jar, String version, Path out, Path installers) {
        this.jar = jar.toAbsolutePath();
        this.version = version;
        this.out = out.toAbsolutePath();
        this.installers = installers.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        BuildInstaller build = new BuildInstaller(Path.of(options.get("--jar")), options.get("--version"),
                Path.of(options.getOrDefault("--out", "target/installer")),
                Path.of(options.getOrDefault("--installers", "installers")));
        build.run();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--jar", "--version")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("usage: BuildInstaller --jar FILE --version X.Y.Z "
                        + "[--out DIR] [--installers DIR]; missing " + required);
            }
        }
        return options;
    }

    void run() throws Exception {
        deleteRecursively(out);
        Path work = Files.createDirectories(out.resolve("work"));
        Path input = stageInput(work.resolve("input"));
        Path runtime = jlink(work.resolve("runtime"), modules());
        Path image = appImage(input, runtime);
        train(image);
        if (os == Os.MAC) {
            // The cache was added after jpackage signed the bundle (ad hoc): seal it again, or macOS calls it damaged.
            run(List.of("codesign", "--force", "--deep", "--sign", "-", image.toString()));
        }
        if (!Boolean.getBoolean("installer.imageOnly")) {
            installer(image);
        }
        log("done: " + out);
    }

    /** The jar, and JavaFX's native libraries beside it, where JavaFX looks first: no unpacking at each start. */
    private Path stageInput(Path input) throws IOException {
        Files.createDirectories(input);
        Files.copy(jar, input.resolve("aftermath.jar"));
        try (JarFile archive = new JarFile(jar.toFile())) {
            for (JarEntry entry : archive.stream().toList()) {
                String name = entry.getName();
                boolean atRoot = !name.contains("/");
                if (atRoot && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    try (InputStream library = archive.getInputStream(entry)) {
                        Files.copy(library, input.resolve(name));
                    }
                }
            }
        }
        log("input: " + list(input));
        return input;
    }

    /** The JDK modules the app and its libraries use; JavaFX itself is in the jar, on the class path. */
    private List<String> modules() {
        String found = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                String.valueOf(jdk), jar.toString()).strip();
        List<String> modules = Arrays.asList(found.lines().reduce((first, last) -> last).orElse("").split(","));
        log("modules (jdeps): " + modules);
        return modules;
    }

    private Path jlink(Path runtime, List<String> modules) {
        // Not compressed: class loading from an uncompressed image is faster, and every installer compresses.
        tool("jlink", "--add-modules", String.join(",", modules), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--generate-cds-archive", "--output", runtime.toString());
        return runtime;
    }

    private Path appImage(Path input, Path runtime) throws IOException {
        List<String> args = new ArrayList<>(common());
        args.addAll(List.of("--type", "app-image", "--input", input.toString(), "--main-jar", "aftermath.jar",
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(),
                "--icon", icon().toString(), "--dest", out.toString()));
        for (String option : javaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        if (os == Os.WINDOWS) {
            // Aftermath.exe is a windowed program, whose output Windows never shows: commands need a console one.
            Path console = Files.writeString(out.resolve("work").resolve("console-launcher.properties"),
                    "win-console=true\n");
            args.addAll(List.of("--add-launcher", "aftermath-cli=" + console));
        }
        if (os == Os.MAC) {
            // On macOS the associations live in the app's Info.plist, written with the image.
            args.addAll(List.of("--file-associations", installers.resolve("aftermath-incident.properties")
                    .toString(), "--mac-package-identifier", "dev.aftermath.app", "--mac-package-name", NAME));
        }
        tool("jpackage", args.toArray(String[]::new));
        Path image = out.resolve(os == Os.MAC ? NAME + ".app" : NAME);
        if (os == Os.LINUX) {
            replaceLinuxLauncher(image);
        }
        return image;
    }

    /** installers/linux/launcher.sh, with the options jpackage's launcher would pass ($APPDIR is lib/app). */
    private void replaceLinuxLauncher(Path image) throws IOException {
        String options = javaOptions().stream().map(option -> "\"" + option.replace("$APPDIR", "$app") + "\"")
                .collect(Collectors.joining(" "));
        String script = Files.readString(installers.resolve("linux").resolve("launcher.sh"))
                .replace("JAVA_OPTIONS", options).replace("MAIN_CLASS", MAIN_CLASS);
        Path launcher = image.resolve("bin").resolve(NAME);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The launcher's JVM options: the start-up cache, kept in the app folder ($APPDIR). */
    private List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        if (jdk >= AOT_CACHE_JDK) {
            options.add("-XX:AOTCache=$APPDIR/" + cacheFile());
        } else {
            options.add("-XX:SharedArchiveFile=$APPDIR/" + cacheFile());
            // An AppCDS archive made by JDK 17 only matches the folder it was made in (ADR 0012): where the
            // package installs the app elsewhere, start without it rather than print a warning at each launch.
            options.add("-Xlog:cds=off,cds+dynamic=off");
        }
        if (jdk >= 24) {
            options.add("--enable-native-access=ALL-UNNAMED");
        }
        return options;
    }

    private String cacheFile() {
        return jdk >= AOT_CACHE_JDK ? "aftermath.aot" : "aftermath.jsa";
    }

    /**
     * Launches the image's runtime once, as its launcher would, with the training option; the probe quits when the
     * workspace is on screen, so the cache holds every class that start-up and opening the workspace load.
     */
    private void train(Path image) throws IOException, InterruptedException {
        Path appDir = appDir(image);
        Path cache = appDir.resolve(cacheFile());
        Path training = Files.createDirectories(out.resolve("work").resolve("training"));
        List<String> command = new ArrayList<>();
        if (os == Os.LINUX && System.getenv("DISPLAY") == null) {
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        command.add(runtimeJava(image).toString());
        command.add(jdk >= AOT_CACHE_JDK ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
        if (jdk >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-Daftermath.startupProbe=true",
                "-Daftermath.db=" + training.resolve("workspace.db"),
                "-Daftermath.prefs.node=dev/aftermath/installer-training",
                "-Djava.util.prefs.userRoot=" + training.resolve("prefs"),
                "-Djava.class.path=" + appDir.resolve("aftermath.jar"), MAIN_CLASS));
        log("training: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(training.resolve("training.log").toFile()).start();
        if (!process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the training run did not finish in " + TRAINING_TIMEOUT_SECONDS
                    + " s; see " + training.resolve("training.log"));
        }
        String log = Files.readString(training.resolve("training.log"));
        if (process.exitValue() != 0 || !log.contains("startup-probe workspace-shown") || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run failed (exit " + process.exitValue() + ")"
                    + (os == Os.LINUX ? "; it needs a display, or xvfb-run (package xvfb)" : "") + ":\n" + log);
        }
        log("start-up cache: " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
    }

    private void installer(Path image) {
        List<String> args = new ArrayList<>(common());
        args.addAll(List.of("--app-image", image.toString(), "--dest", out.toString()));
        switch (os) {
            // The menu entry is our own: jpackage's passes no file to the app (no %F), so opening one would not.
            case LINUX -> args.addAll(List.of("--type", "deb", "--linux-package-name", "aftermath",
                    "--linux-package-deps", "libgtk-3-0", "--linux-shortcut", "--linux-menu-group", "Office",
                    "--linux-app-category", "utils", "--file-associations", associations(),
                    "--resource-dir", linuxResources().toString()));
            case WINDOWS -> args.addAll(List.of("--type", "msi", "--win-menu", "--win-menu-group", NAME,
                    "--win-shortcut", "--win-per-user-install", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID,
                    "--file-associations", associations()));
            case MAC -> args.addAll(List.of("--type", "dmg", "--mac-package-identifier", "dev.aftermath.app",
                    "--mac-package-name", NAME));
        }
        tool("jpackage", args.toArray(String[]::new));
        if (os == Os.MAC && !packageVersion().equals(plainVersion())) {
            rename(out.resolve(NAME + "-" + packageVersion() + ".dmg"), NAME + "-" + plainVersion() + ".dmg");
        }
    }

    private static void rename(Path file, String name) {
        try {
            Files.move(file, file.resolveSibling(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** jpackage's resources for the .deb that we replace: the menu entry, and the icon it shows. */
    private Path linuxResources() {
        try {
            Path resources = Files.createDirectories(out.resolve("work").resolve("resources"));
            Files.copy(installers.resolve("linux").resolve(NAME + ".desktop"), resources.resolve(NAME + ".desktop"));
            Files.copy(icon(), resources.resolve(NAME + ".png"));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String associations() {
        return installers.resolve("aftermath-incident.properties").toString();
    }

    private List<String> common() {
        return List.of("--name", NAME, "--app-version", packageVersion(), "--vendor", VENDOR,
                "--description", DESCRIPTION, "--copyright", "The Aftermath authors");
    }

    /**
     * The pom's version without a qualifier. jpackage on macOS refuses a first number of 0 (a rule of old
     * CFBundleVersion): until 1.0 the macOS bundle says 1.0.0; the .dmg's name and the app's --version tell the
     * real one.
     */
    private String packageVersion() {
        return os == Os.MAC && plainVersion().startsWith("0.") ? "1.0.0" : plainVersion();
    }

    private String plainVersion() {
        return version.replaceFirst("[-+].*$", "");
    }

    private Path icon() {
        String file = switch (os) {
            case WINDOWS -> "aftermath.ico";
            case MAC -> "aftermath.icns";
            case LINUX -> "aftermath-256.png";
        };
        return installers.resolve("icon").resolve(file);
    }

    private Path appDir(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("lib/app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents/app");
        };
    }

    private Path runtimeJava(Path image) {
        return switch (os) {
            case LINUX -> image.resolve("lib/runtime/bin/java");
            case WINDOWS -> image.resolve("runtime/bin/java.exe");
            case MAC -> image.resolve("Contents/runtime/Contents/Home/bin/java");
        };
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        log(String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed (exit " + process.exitValue() + ")");
        }
    }

    /** Runs a JDK tool in this JVM; its output is returned, and a failure stops the build with that output. */
    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new IllegalStateException(
                name + " is not in this JDK (" + System.getProperty("java.home") + "): use a full JDK 17 or newer"));
        log(name + " " + String.join(" ", args));
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int exit = tool.run(new PrintWriter(output, true), new PrintWriter(errors, true), args);
        if (exit != 0) {
            throw new IllegalStateException(name + " failed (exit " + exit + "):\n" + output + errors);
        }
        return output.toString();
    }

    private static String list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return String.join(", ", files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void log(String message) {
        System.out.println("[installer] " + message);
        System.out.flush();
    }
}
