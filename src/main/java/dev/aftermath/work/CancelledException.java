package dev.aftermath.work;

/** Thrown out of long work when the user cancelled it; callers treat it as a quiet stop, not as an error. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
