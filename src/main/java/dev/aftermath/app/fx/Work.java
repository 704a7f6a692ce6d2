package dev.aftermath.app.fx;

import dev.aftermath.work.Progress;

/** Background work: file, database or parsing work that must not run on the FX thread. */
@FunctionalInterface
public interface Work<T> {

    T run(Progress progress) throws Exception;
}
