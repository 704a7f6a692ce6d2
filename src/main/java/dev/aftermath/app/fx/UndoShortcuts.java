package dev.aftermath.app.fx;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Text fields keep an undo history of their own and swallow Ctrl+Z. In the review's editors that history would
 * fight the app's one: these fields hand Undo and Redo to the window's menu instead, whose undo first commits what
 * was typed and then takes it back as one step.
 */
public final class UndoShortcuts {

    private static final List<KeyCombination> HISTORY_KEYS = List.of(
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));

    private UndoShortcuts() {
    }

    /** @param commit saves what was typed as an edit, so that there is something to undo even in a new session */
    public static void useTheWindowsHistory(TextInputControl field, Runnable commit) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            Scene scene = field.getScene();
            for (KeyCombination keys : HISTORY_KEYS) {
                if (keys.match(event) && scene != null) {
                    Runnable action = scene.getAccelerators().get(keys);
                    event.consume();
                    commit.run();
                    if (action != null) {
                        action.run();
                    }
                    return;
                }
            }
        });
    }
}
