package dev.aftermath.app.timeline;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A tooltip for what is under the pointer on a canvas, where there is no node per item to install one on: it
 * appears after a short rest on the same item, next to the pointer, and goes when the pointer leaves the item.
 */
final class HoverTip {

    private static final Duration DELAY = Duration.millis(350);
    private static final double MAX_WIDTH = 460;

    private final Node owner;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition delay = new PauseTransition(DELAY);
    private String shownText;
    private double screenX;
    private double screenY;

    HoverTip(Node owner) {
        this.owner = owner;
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        tooltip.getStyleClass().add("timeline-tip");
        delay.setOnFinished(event -> {
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                tooltip.show(owner, screenX + 14, screenY + 18);
            }
        });
    }

    void show(String text, double x, double y) {
        screenX = x;
        screenY = y;
        if (text.equals(shownText)) {
            return;
        }
        hide();
        shownText = text;
        tooltip.setText(text);
        delay.playFromStart();
    }

    void hide() {
        shownText = null;
        delay.stop();
        tooltip.hide();
    }

    /** For tests: the text showing or about to show, or null. */
    String text() {
        return shownText;
    }
}
