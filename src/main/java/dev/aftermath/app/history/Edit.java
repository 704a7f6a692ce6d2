package dev.aftermath.app.history;

/**
 * One undoable change, in the shape of Scene Builder's {@code Job}: it is executed once, then undone and redone
 * any number of times. Its description completes "Undo ..." in the Edit menu.
 */
public interface Edit {

    /** For example "Change title" or "Add entry 'Rollback started'". */
    String description();

    void execute();

    void undo();

    default void redo() {
        execute();
    }
}
