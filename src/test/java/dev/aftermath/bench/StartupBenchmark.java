package dev.aftermath.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from launch to the first frame, and to the workspace on screen, for each way of starting the app, in
 * interleaved rounds; prints the medians (docs/benchmarks-startup.md). Each run starts the app with the start-up
 * probe on ({@code -Daftermath.startupProbe=true}, passed through {@code JAVA_TOOL_OPTIONS} so that the installed
 * launcher gets it too) and reads the wall-clock time the probe prints; the launch time is taken here just before
 * the process starts. Needs a display: run it under {@code xvfb-run -a} where there is none.
 *
 * <pre>
 * ./mvnw -o -q -DskipTests package -Pinstaller        # the jar and the app image
 * ./mvnw -o -q test-compile
 * xvfb-run -a java -cp target/test-classes dev.aftermath.bench.StartupBenchmark [rounds] [--jdk25 JDK_HOME]
 *     [--image target/installer/Aftermath]...
 * </pre>
 *
 * Variants: the jar on this JDK, with and without an AppCDS archive made here by a training run; each Linux app
 * image (default target/installer/Aftermath) through its launcher as built, and its runtime started with the
 * launcher's options less the start-up cache; with {@code --jdk25}, the jar on that JDK with and without an AOT
 * cache. An app image that is not there is skipped.
 */
public final class StartupBenchmark {

    private static final Pattern PROBE = Pattern.compile("startup-probe (\\S+) jvm-ms=(\\d+) epoch-ms=(\\d+)");
    private static final Path JAR = Path.of("target/aftermath.jar");
    private static final Path IMAGE = Path.of("target/installer/Aftermath");
    private static final Path WORK = Path.of("target/bench-startup");
    private static final int TIMEOUT_SECONDS = 60;

    private record Variant(String name, List<String> command) {
    }

    private record Run(long firstFrame, long workspaceShown, long firstFrameSinceJvmStart) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 9;
        Path jdk25 = null;
        List<Path> images = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--jdk25")) {
                jdk25 = Path.of(args[i + 1]);
            } else if (args[i].equals("--image")) {
                images.add(Path.of(args[i + 1]));
            }
        }
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            System.err.println("No display: run under xvfb-run -a");
            System.exit(2);
        }
        Files.createDirectories(WORK);
        List<Variant> variants = variants(jdk25, images.isEmpty() ? List.of(IMAGE) : images);
        System.out.printf("Start-up, %d interleaved rounds after one warm-up; %d cores, load average %.2f%n",
                rounds, Runtime.getRuntime().availableProcessors(), load());
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        variants.forEach(variant -> runs.put(variant.name(), new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            Collections.rotate(order, round);
            for (Variant variant : order) {
                Run run = launch(variant.command());
                if (round > 0) {
                    runs.get(variant.name()).add(run);
                }
            }
        }
        System.out.printf("load average after: %.2f%n%n", load());
        System.out.printf("%-48s %18s %22s %20s%n", "variant (median ms)", "launch→first frame",
                "launch→workspace shown", "JVM start→first frame");
        for (Map.Entry<String, List<Run>> variant : runs.entrySet()) {
            List<Run> measured = variant.getValue();
            System.out.printf("%-48s %18d %22d %20d%n", variant.getKey(),
                    median(measured.stream().mapToLong(Run::firstFrame).toArray()),
                    median(measured.stream().mapToLong(Run::workspaceShown).toArray()),
                    median(measured.stream().mapToLong(Run::firstFrameSinceJvmStart).toArray()));
        }
    }

    private static List<Variant> variants(Path jdk25, List<Path> images) throws Exception {
        List<Variant> variants = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jdk = "JDK " + Runtime.version().feature();
        variants.add(new Variant("jar, " + jdk, List.of(java, "-jar", JAR.toString())));
        Path jarArchive = WORK.resolve("jar.jsa");
        train(List.of(java, "-XX:ArchiveClassesAtExit=" + jarArchive, "-jar", JAR.toString()), jarArchive);
        variants.add(new Variant("jar, " + jdk + ", AppCDS",
                List.of(java, "-XX:SharedArchiveFile=" + jarArchive, "-jar", JAR.toString())));
        for (Path image : images) {
            Path launcher = image.resolve("bin/Aftermath");
            if (!Files.isExecutable(launcher)) {
                System.out.println("No app image at " + image + ": build it with ./mvnw -Pinstaller package");
                continue;
            }
            String name = image + ", JDK " + runtimeFeature(image);
            variants.add(new Variant(name, List.of(launcher.toString())));
            variants.add(new Variant(name + ", no cache", withoutCache(image)));
        }
        if (jdk25 != null) {
            String java25 = jdk25.resolve("bin/java").toString();
            variants.add(new Variant("jar, JDK 25", List.of(java25, "-jar", JAR.toString())));
            Path aotCache = WORK.resolve("jar.aot");
            train(List.of(java25, "-XX:AOTCacheOutput=" + aotCache, "-jar", JAR.toString()), aotCache);
            variants.add(new Variant("jar, JDK 25, AOT cache",
                    List.of(java25, "-XX:AOTCache=" + aotCache, "-jar", JAR.toString())));
        }
        return variants;
    }

    /** The image's runtime started as its launcher would, from the launcher's settings less the start-up cache. */
    private static List<String> withoutCache(Path image) throws IOException {
        Path appDir = image.resolve("lib/app").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        for (String line : Files.readAllLines(appDir.resolve("Aftermath.cfg"))) {
            if (line.startsWith("java-options=") && !line.contains("AOTCache") && !line.contains("SharedArchive")) {
                command.add(line.substring("java-options=".length()).replace("$APPDIR", appDir.toString()));
            }
        }
        command.addAll(List.of("-Djava.class.path=" + appDir.resolve("aftermath.jar"), "dev.aftermath.app.Launcher"));
        return command;
    }

    private static String runtimeFeature(Path image) throws IOException {
        String release = Files.readString(image.resolve("lib/runtime/release"));
        Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(release);
        return version.find() ? version.group(1) : "?";
    }

    private static void train(List<String> command, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        launch(command);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run made no " + cache);
        }
    }

    private static Run launch(List<String> command) throws IOException, InterruptedException {
        Path log = WORK.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Daftermath.startupProbe=true"
                + " -Daftermath.db=" + WORK.resolve("workspace.db").toAbsolutePath()
                + " -Daftermath.prefs.node=dev/aftermath/bench"
                + " -Djava.util.prefs.userRoot=" + WORK.resolve("prefs").toAbsolutePath());
        long launched = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no exit after " + TIMEOUT_SECONDS + " s: " + command);
        }
        String output = Files.readString(log);
        Map<String, long[]> events = new LinkedHashMap<>();
        Matcher probe = PROBE.matcher(output);
        while (probe.find()) {
            events.put(probe.group(1), new long[] {Long.parseLong(probe.group(2)), Long.parseLong(probe.group(3))});
        }
        if (!events.containsKey("first-frame") || !events.containsKey("workspace-shown")) {
            throw new IllegalStateException("no probe output from " + command + ":\n"
                    + output);
        }
        return new Run(events.get("first-frame")[1] - launched, events.get("workspace-shown")[1] - launched,
                events.get("first-frame")[0]);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
