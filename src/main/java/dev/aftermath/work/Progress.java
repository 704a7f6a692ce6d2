package dev.aftermath.work;

/**
 * How long work tells its caller how far it got and learns whether it should stop. Plain Java, so importers and
 * exporters report progress the same way on the command line, in tests and behind a progress bar.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param total the amount of work in the same unit as {@code done}, or -1 when unknown */
    void worked(long done, long total);

    boolean isCancelled();

    /** Call at safe points of long work; throws when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
