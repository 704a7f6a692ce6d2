package dev.aftermath.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Measures frames: how many pulses run per second, the FX thread's CPU time per frame (everything it does:
 * animation, the canvas commands, CSS, layout, copying the scene to the render thread), the render thread's CPU
 * time per frame, and the wall time from the start of a pulse to the end of its layout. Pulses wait for the
 * renderer to finish the frame before, so pulses per second are frames shown per second. CPU times do not count
 * the time a thread waits for a core, so on a shared machine they move much less than frames per second. Started
 * before the view it measures, so that its timer runs first in every pulse.
 */
final class FrameMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double[] cpuMillis;
    private final double[] renderMillis;
    private long renderThread = -1;
    private long lastRenderCpu;
    private final double[] layoutMillis;
    private final double[] pulseCpuMillis;
    private final AnimationTimer timer;
    private int frames = -1;
    private long pulseStart;
    private long lastCpu;
    private long firstPulse;
    private long lastPulse;
    private boolean recording;

    FrameMeter(Scene scene, int capacity) {
        cpuMillis = new double[capacity];
        renderMillis = new double[capacity];
        layoutMillis = new double[capacity];
        pulseCpuMillis = new double[capacity];
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        };
        scene.addPostLayoutPulseListener(this::laidOut);
        timer.start();
    }

    private void pulse() {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long renderCpu = renderCpu();
        if (recording && frames >= 0 && frames < cpuMillis.length) {
            cpuMillis[frames] = (cpu - lastCpu) / 1e6;
            renderMillis[frames] = (renderCpu - lastRenderCpu) / 1e6;
            lastPulse = now;
        }
        lastRenderCpu = renderCpu;
        if (recording) {
            if (frames < 0) {
                firstPulse = now;
            }
            frames++;
        }
        lastCpu = cpu;
        pulseStart = now;
    }

    /** The CPU time of JavaFX's render thread so far. */
    private long renderCpu() {
        if (renderThread < 0) {
            renderThread = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId)
                    .findFirst().orElse(0);
        }
        return renderThread == 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
    }

    private void laidOut() {
        if (recording && frames >= 0 && frames < layoutMillis.length) {
            layoutMillis[frames] = (System.nanoTime() - pulseStart) / 1e6;
            pulseCpuMillis[frames] = (THREADS.getCurrentThreadCpuTime() - lastCpu) / 1e6;
        }
    }

    void startRecording() {
        frames = -1;
        recording = true;
    }

    Result stopRecording() {
        recording = false;
        int counted = Math.min(frames, cpuMillis.length);
        double seconds = (lastPulse - firstPulse) / 1e9;
        return new Result(counted / seconds, Arrays.copyOf(cpuMillis, counted), Arrays.copyOf(renderMillis, counted),
                Arrays.copyOf(layoutMillis, counted), Arrays.copyOf(pulseCpuMillis, counted));
    }

    void stop() {
        timer.stop();
    }

    /**
     * @param pulseCpuMillis the FX thread's CPU time from the start of each pulse to the end of its layout: the
     *                       animation (the timeline's painting), CSS and layout, without the pixel upload that the
     *                       software pipeline runs on the FX thread between pulses
     */
    record Result(double framesPerSecond, double[] cpuMillis, double[] renderMillis, double[] layoutMillis,
                  double[] pulseCpuMillis) {

        String describe() {
            return String.format("%5.1f frames/s; CPU per frame: FX thread median %5.2f ms, p95 %5.2f ms (pulse to end "
                    + "of layout median %5.2f ms, p95 %5.2f ms); render thread median %5.2f ms, p95 %5.2f ms; pulse "
                    + "start to end of layout median %5.2f ms (%d frames)", framesPerSecond,
                    percentile(cpuMillis, 0.5), percentile(cpuMillis, 0.95), percentile(pulseCpuMillis, 0.5),
                    percentile(pulseCpuMillis, 0.95), percentile(renderMillis, 0.5), percentile(renderMillis, 0.95),
                    percentile(layoutMillis, 0.5), cpuMillis.length);
        }
    }

    static double percentile(double[] values, double share) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * share) - 1)];
    }
}
