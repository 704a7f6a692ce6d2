package dev.aftermath.app.rca;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/** A text area as tall as its text (or prompt), like a paragraph in a document, so the page scrolls and not the box. */
final class GrowingTextArea extends TextArea {

    /** The area's padding and borders around the text, as the stylesheet sets them. */
    private static final double CHROME = 26;
    private static final double SCROLLBAR_ROOM = 22;
    private static final double MINIMUM = 64;

    private final Text measure = new Text();

    GrowingTextArea() {
        setWrapText(true);
        textProperty().addListener(observable -> fit());
        promptTextProperty().addListener(observable -> fit());
        widthProperty().addListener(observable -> fit());
        fontProperty().addListener(observable -> fit());
    }

    private void fit() {
        double width = getWidth() - CHROME - SCROLLBAR_ROOM;
        if (width <= 0) {
            return;
        }
        measure.setFont(getFont());
        measure.setWrappingWidth(width);
        String shown = getText() == null || getText().isEmpty() ? getPromptText() : getText();
        // A trailing newline starts a line the measure would not count; the space makes it count.
        measure.setText(shown + " ");
        setPrefHeight(Math.max(MINIMUM, Math.ceil(measure.getLayoutBounds().getHeight()) + CHROME));
    }
}
