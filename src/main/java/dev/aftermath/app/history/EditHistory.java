package dev.aftermath.app.history;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo stacks (Scene Builder's {@code JobManager}). An edit may not perform another edit while it
 * runs: nested edits would be undone separately and leave the incident half changed.
 */
public final class EditHistory {

    static final int LIMIT = 200;

    private final Deque<Edit> undoStack = new ArrayDeque<>();
    private final Deque<Edit> redoStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private boolean running;

    public void perform(Edit edit) {
        run(edit::execute);
        undoStack.push(edit);
        if (undoStack.size() > LIMIT) {
            undoStack.removeLast();
        }
        redoStack.clear();
        publish();
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Edit edit = undoStack.pop();
        run(edit::undo);
        redoStack.push(edit);
        publish();
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Edit edit = redoStack.pop();
        run(edit::redo);
        undoStack.push(edit);
        publish();
    }

    private void run(Runnable step) {
        if (running) {
            throw new IllegalStateException("An edit may not perform, undo or redo another edit");
        }
        running = true;
        try {
            step.run();
        } finally {
            running = false;
        }
    }

    private void publish() {
        canUndo.set(!undoStack.isEmpty());
        canRedo.set(!redoStack.isEmpty());
        undoDescription.set(undoStack.isEmpty() ? "" : undoStack.peek().description());
        redoDescription.set(redoStack.isEmpty() ? "" : redoStack.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the edit Undo would revert, or "" when there is none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }
}
