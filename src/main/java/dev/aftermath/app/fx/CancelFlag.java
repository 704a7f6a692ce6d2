package dev.aftermath.app.fx;

import dev.aftermath.work.Progress;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/** The {@link Progress} a running task sees: it reports fractions and learns when the user cancelled. */
final class CancelFlag implements Progress, TaskRunner.Running {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final DoubleConsumer fractions;

    CancelFlag(DoubleConsumer fractions) {
        this.fractions = fractions;
    }

    @Override
    public void worked(long done, long total) {
        fractions.accept(total <= 0 ? -1 : Math.min(1.0, (double) done / total));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }
}
