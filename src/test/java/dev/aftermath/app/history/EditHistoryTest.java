package dev.aftermath.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final List<String> log = new ArrayList<>();
    private final EditHistory history = new EditHistory();

    private Edit edit(String name) {
        return new Edit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void execute() {
                log.add("do " + name);
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }
        };
    }

    @Test
    void describesTheEditThatUndoAndRedoWouldApply() {
        history.perform(edit("Change title"));
        history.perform(edit("Add entry 'Rollback started'"));

        assertEquals("Add entry 'Rollback started'", history.undoDescriptionProperty().get());
        history.undo();
        assertEquals("Change title", history.undoDescriptionProperty().get());
        assertEquals("Add entry 'Rollback started'", history.redoDescriptionProperty().get());
        assertTrue(history.canRedoProperty().get());
    }

    @Test
    void undoesAndRedoesInReverseOrder() {
        history.perform(edit("a"));
        history.perform(edit("b"));
        history.undo();
        history.undo();
        history.redo();

        assertEquals(List.of("do a", "do b", "undo b", "undo a", "do a"), log);
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        history.perform(edit("a"));
        history.undo();
        history.perform(edit("b"));

        assertFalse(history.canRedoProperty().get());
        assertEquals("", history.redoDescriptionProperty().get());
    }

    @Test
    void undoWithNothingToUndoDoesNothing() {
        history.undo();
        history.redo();

        assertTrue(log.isEmpty());
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void refusesAnEditThatPerformsAnotherEdit() {
        Edit nesting = new Edit() {
            @Override
            public String description() {
                return "outer";
            }

            @Override
            public void execute() {
                history.perform(edit("inner"));
            }

            @Override
            public void undo() {
            }
        };

        assertThrows(IllegalStateException.class, () -> history.perform(nesting));
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void forgetsTheOldestEditsBeyondTheLimit() {
        for (int i = 0; i < EditHistory.LIMIT + 5; i++) {
            history.perform(edit("e" + i));
        }
        for (int i = 0; i < EditHistory.LIMIT + 5; i++) {
            history.undo();
        }

        assertEquals("undo e5", log.get(log.size() - 1));
    }
}
