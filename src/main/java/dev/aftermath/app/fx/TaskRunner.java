package dev.aftermath.app.fx;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs work in the background and hands the outcome back to the UI thread. ViewModels get one runner by
 * constructor; tests give them one that runs on the calling thread so that every command finishes before it
 * returns. A cancelled task calls neither success nor error, only finally.
 *
 * <pre>{@code
 * runner.task(progress -> store.list())
 *       .onSuccess(items::setAll)
 *       .onError(this::showError)
 *       .start();
 * }</pre>
 */
public interface TaskRunner {

    /** Runs the task; its callbacks run on the UI thread. */
    <T> Running start(Task<T> task);

    default <T> Task<T> task(Work<T> work) {
        return new Task<>(this, work);
    }

    /** A task being run, which the user may cancel. */
    interface Running {

        void cancel();
    }

    /** A task being described; {@link #start()} hands it to its runner. */
    final class Task<T> {

        private final TaskRunner runner;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onError = error -> { };
        private Runnable onFinally = () -> { };
        private DoubleConsumer onProgress = fraction -> { };

        private Task(TaskRunner runner, Work<T> work) {
            this.runner = runner;
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<? super T> callback) {
            this.onSuccess = callback;
            return this;
        }

        public Task<T> onError(Consumer<Throwable> callback) {
            this.onError = callback;
            return this;
        }

        public Task<T> andFinally(Runnable callback) {
            this.onFinally = callback;
            return this;
        }

        /** Receives the fraction done (0..1), or -1 while the total is unknown. */
        public Task<T> onProgress(DoubleConsumer callback) {
            this.onProgress = callback;
            return this;
        }

        public Running start() {
            return runner.start(this);
        }

        public Work<T> work() {
            return work;
        }

        public void succeeded(T result) {
            onSuccess.accept(result);
        }

        public void failed(Throwable error) {
            onError.accept(error);
        }

        public void finished() {
            onFinally.run();
        }

        public void progressed(double fraction) {
            onProgress.accept(fraction);
        }
    }
}
