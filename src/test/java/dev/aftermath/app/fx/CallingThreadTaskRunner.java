package dev.aftermath.app.fx;

import dev.aftermath.work.CancelledException;
import dev.aftermath.work.Progress;

/** Runs each task at once on the calling thread, so a command has finished, callbacks included, when it returns. */
public final class CallingThreadTaskRunner implements TaskRunner {

    @Override
    public <T> Running start(Task<T> task) {
        CancelFlag flag = new CancelFlag(task::progressed);
        try {
            T result = task.work().run(flag);
            task.succeeded(result);
        } catch (CancelledException cancelled) {
            // Cancelled work ends quietly, as with the background runner.
        } catch (Exception | Error failure) {
            task.failed(failure);
        } finally {
            task.finished();
        }
        return flag;
    }

    /** A progress that says "cancelled" from the start; for testing how work reacts to cancelling. */
    public static Progress cancelled() {
        CancelFlag flag = new CancelFlag(fraction -> { });
        flag.cancel();
        return flag;
    }
}
