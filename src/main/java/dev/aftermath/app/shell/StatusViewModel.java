package dev.aftermath.app.shell;

import dev.aftermath.app.fx.Dialogs;
import dev.aftermath.app.fx.ErrorMessages;
import dev.aftermath.app.fx.TaskRunner;
import dev.aftermath.app.fx.Work;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the main window's background work and tells the status bar about it: what is happening, how far it got,
 * whether it can be cancelled. Failures end in one error dialog with a message the user can act on.
 */
public final class StatusViewModel {

    private final TaskRunner runner;
    private final Dialogs dialogs;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private int running;
    private TaskRunner.Running cancelTarget;

    public StatusViewModel(TaskRunner runner, Dialogs dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /**
     * Runs {@code work} in the background; {@code doing} is shown meanwhile ("Saving…"), {@code done} after
     * success, and {@code failure} titles the error dialog.
     */
    public <T> void run(String doing, String done, String failure, Work<T> work, Consumer<? super T> onSuccess) {
        start(doing, done, failure, work, onSuccess, error -> false, false, () -> { });
    }

    /**
     * Like {@link #run}, for long work the user may cancel from the status bar; {@code recover} may handle a
     * failure itself (returning true), for example by asking the user and trying again.
     */
    public <T> void runCancellable(String doing, String done, String failure, Work<T> work,
                                   Consumer<? super T> onSuccess, Predicate<Throwable> recover) {
        start(doing, done, failure, work, onSuccess, recover, true, () -> { });
    }

    /** Like {@link #runCancellable}, then {@code andFinally} whatever the outcome, cancelling included. */
    public <T> void runCancellable(String doing, String done, String failure, Work<T> work,
                                   Consumer<? super T> onSuccess, Predicate<Throwable> recover,
                                   Runnable andFinally) {
        start(doing, done, failure, work, onSuccess, recover, true, andFinally);
    }

    private <T> void start(String doing, String done, String failure, Work<T> work, Consumer<? super T> onSuccess,
                           Predicate<Throwable> recover, boolean canCancel, Runnable andFinally) {
        running++;
        busy.set(true);
        message.set(doing);
        progress.set(-1);
        TaskRunner.Running task = runner.task(work)
                .onProgress(progress::set)
                .onSuccess(result -> {
                    message.set(done);
                    onSuccess.accept(result);
                })
                .onError(error -> {
                    message.set(failure);
                    if (!recover.test(error)) {
                        dialogs.showError(failure, ErrorMessages.describe(error));
                    }
                })
                .andFinally(() -> {
                    finished();
                    andFinally.run();
                })
                .start();
        // A runner on the calling thread has finished the task by now; only a task still running can be cancelled.
        if (canCancel && running > 0) {
            cancelTarget = task;
            cancellable.set(true);
        }
    }

    private void finished() {
        running--;
        if (running == 0) {
            busy.set(false);
            cancellable.set(false);
            cancelTarget = null;
        }
    }

    public void cancel() {
        if (cancelTarget != null) {
            cancelTarget.cancel();
            message.set("Cancelled");
        }
    }

    public void show(String text) {
        message.set(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
