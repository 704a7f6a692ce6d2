package dev.aftermath.app.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void runsTheWorkOffTheFxThreadAndHandsTheResultToTheFxThread() throws Exception {
        CompletableFuture<List<Boolean>> threads = new CompletableFuture<>();
        List<Boolean> onFxThread = new ArrayList<>();
        runner.task(progress -> {
            onFxThread.add(Platform.isFxApplicationThread());
            return 42;
        }).onSuccess(result -> {
            onFxThread.add(Platform.isFxApplicationThread() && result == 42);
        }).andFinally(() -> threads.complete(onFxThread)).start();

        assertEquals(List.of(false, true), threads.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureReachesTheErrorCallbackAndFinallyStillRuns() throws Exception {
        CompletableFuture<String> outcome = new CompletableFuture<>();
        List<String> calls = new ArrayList<>();
        runner.task(progress -> {
            throw new IllegalStateException("disk full");
        }).onSuccess(result -> calls.add("success"))
                .onError(error -> calls.add("error " + error.getMessage()))
                .andFinally(() -> outcome.complete(String.join(", ", calls)))
                .start();

        assertEquals("error disk full", outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void cancelledWorkStopsQuietlyWithoutSuccessOrError() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<List<String>> outcome = new CompletableFuture<>();
        List<String> calls = new ArrayList<>();
        TaskRunner.Running running = runner.task(progress -> {
            started.countDown();
            while (true) {
                progress.checkCancelled();
                Thread.onSpinWait();
            }
        }).onSuccess(result -> calls.add("success"))
                .onError(error -> calls.add("error"))
                .andFinally(() -> outcome.complete(calls))
                .start();

        assertTrue(started.await(10, TimeUnit.SECONDS));
        running.cancel();

        assertEquals(List.of(), outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void runsTasksInTheOrderTheyWereStartedSoSavesLandInOrder() throws Exception {
        List<Integer> order = new ArrayList<>();
        CompletableFuture<List<Integer>> done = new CompletableFuture<>();
        for (int i = 0; i < 20; i++) {
            int number = i;
            runner.task(progress -> {
                synchronized (order) {
                    order.add(number);
                }
                return number;
            }).onSuccess(result -> {
                if (result == 19) {
                    done.complete(order);
                }
            }).start();
        }

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add(i);
        }
        assertEquals(expected, done.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aTaskStartedAfterTheRunnerClosedIsNotRunAndThrowsNothing() throws Exception {
        runner.close();
        List<String> calls = new ArrayList<>();

        runner.task(progress -> calls.add("work")).onSuccess(result -> calls.add("success"))
                .onError(error -> calls.add("error")).andFinally(() -> calls.add("finally")).start();

        CompletableFuture<List<String>> after = new CompletableFuture<>();
        Platform.runLater(() -> after.complete(List.copyOf(calls)));
        assertEquals(List.of(), after.get(10, TimeUnit.SECONDS));
    }

    @Test
    void reportsProgressAsAFractionOnTheFxThread() throws Exception {
        CompletableFuture<Double> last = new CompletableFuture<>();
        List<Double> fractions = new ArrayList<>();
        runner.task(progress -> {
            progress.worked(1, 4);
            return null;
        }).onProgress(fraction -> {
            if (Platform.isFxApplicationThread()) {
                fractions.add(fraction);
            }
        }).andFinally(() -> Platform.runLater(() -> last.complete(fractions.isEmpty() ? -2 : fractions.get(0))))
                .start();

        assertEquals(0.25, last.get(10, TimeUnit.SECONDS));
    }
}
