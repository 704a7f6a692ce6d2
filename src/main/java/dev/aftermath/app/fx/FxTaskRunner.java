package dev.aftermath.app.fx;

import dev.aftermath.work.CancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Runs tasks one after another on a single background thread. One thread is deliberate: saves then reach the store
 * in the order the user made the edits, and SQLite takes one writer at a time anyway. Once {@link #close() closed}
 * (the app quits), tasks started are not run and none of their callbacks are called.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "aftermath-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> Running start(Task<T> task) {
        AtomicBoolean progressQueued = new AtomicBoolean();
        CancelFlag flag = new CancelFlag(fraction -> {
            // Coalesce: a parser reporting every line must not flood the FX queue.
            if (progressQueued.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    progressQueued.set(false);
                    task.progressed(fraction);
                });
            }
        });
        try {
            executor.execute(() -> run(task, flag));
        } catch (RejectedExecutionException closed) {
            // The app is quitting: a callback of the last task asked for more work (opening the incident it
            // listed, preparing its timeline). There is nobody left to show it to.
            System.getLogger(FxTaskRunner.class.getName()).log(System.Logger.Level.DEBUG,
                    "a task started while the app quits is not run");
        }
        return flag;
    }

    private static <T> void run(Task<T> task, CancelFlag flag) {
        try {
            T result = task.work().run(flag);
            Platform.runLater(() -> {
                try {
                    if (!flag.isCancelled()) {
                        task.succeeded(result);
                    }
                } finally {
                    task.finished();
                }
            });
        } catch (CancelledException cancelled) {
            Platform.runLater(task::finished);
        } catch (Exception | Error failure) {
            Platform.runLater(() -> {
                try {
                    task.failed(failure);
                } finally {
                    task.finished();
                }
            });
        }
    }

    /** Lets queued saves finish before the store closes; gives up after a few seconds rather than hang on exit. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
