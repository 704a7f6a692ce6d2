package dev.aftermath.app.fx;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts text on the system clipboard; FX thread only, as the clipboard is. */
public final class SystemClipboard {

    private SystemClipboard() {
    }

    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
