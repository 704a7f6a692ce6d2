package dev.aftermath.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * Opt-in start-up measurement, off unless {@code -Daftermath.startupProbe=true}: prints when the first frame is
 * drawn (the first pulse after the stage shows) and when the opened workspace is on screen, then quits. Each line
 * gives milliseconds since the JVM started and the wall-clock time, for a benchmark that timed the launch itself.
 * The start-up benchmark and the installers' training run use it.
 */
final class StartupProbe {

    static final String PROPERTY = "aftermath.startupProbe";

    private StartupProbe() {
    }

    static void firstFrame() {
        if (enabled()) {
            report("first-frame");
        }
    }

    static void workspaceShown() {
        if (enabled()) {
            report("workspace-shown");
            Platform.runLater(Platform::exit);
        }
    }

    private static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    private static void report(String event) {
        long wallClock = System.currentTimeMillis();
        long sinceJvmStart = wallClock - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("startup-probe " + event + " jvm-ms=" + sinceJvmStart + " epoch-ms=" + wallClock);
    }
}
