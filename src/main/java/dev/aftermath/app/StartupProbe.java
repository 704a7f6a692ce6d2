package dev.aftermath.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Opt-in start-up measurement, off unless {@code -Daftermath.startupProbe=true}: prints when the first frame is
 * drawn (the first pulse after the stage shows) and when the opened workspace is on screen (its list of incidents
 * read and shown), then quits. Each line gives milliseconds since the JVM started and the wall-clock time, for a
 * benchmark that timed the launch itself. The start-up benchmark and the installers' training run use it.
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

    /**
     * Reports the workspace on screen once its list of incidents is ({@code loaded} turns true), then quits. The
     * incident selected meanwhile may still be opening; what it asks of the task runner after the app quits is
     * not run.
     */
    static void whenLoaded(ObservableBooleanValue loaded) {
        if (!enabled()) {
            return;
        }
        if (loaded.get()) {
            workspaceShown();
            return;
        }
        loaded.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (loaded.get()) {
                    loaded.removeListener(this);
                    workspaceShown();
                }
            }
        });
    }

    private static void workspaceShown() {
        report("workspace-shown");
        Platform.runLater(Platform::exit);
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
