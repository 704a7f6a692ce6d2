package dev.aftermath.app.timeline;

import java.util.UUID;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys while it has focus: + and - zoom, the arrows pan (with Shift by half a screen), Home and
 * End go to the first and last thing there is, 0 fits the incident, Tab and Shift+Tab step through the entries,
 * Enter edits the selected entry and Escape clears the selection. Ctrl+Tab still leaves the timeline.
 */
final class TimelineKeys implements EventHandler<KeyEvent> {

    private static final double LARGE_PAN = 0.5;

    private final TimelineView control;

    TimelineKeys(TimelineView control) {
        this.control = control;
    }

    @Override
    public void handle(KeyEvent event) {
        if (handle(control, event)) {
            event.consume();
        }
    }

    private static boolean handle(TimelineView control, KeyEvent event) {
        TimelineViewModel viewModel = control.viewModel();
        if (event.isShortcutDown() || event.isAltDown()) {
            return false;
        }
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            case LEFT, KP_LEFT -> viewModel.panBy(-(event.isShiftDown() ? LARGE_PAN : TimelineViewModel.PAN_STEP));
            case RIGHT, KP_RIGHT -> viewModel.panBy(event.isShiftDown() ? LARGE_PAN : TimelineViewModel.PAN_STEP);
            case HOME -> viewModel.showStart();
            case END -> viewModel.showEnd();
            case DIGIT0, NUMPAD0 -> viewModel.fit();
            case TAB -> viewModel.selectNext(!event.isShiftDown());
            case ESCAPE -> viewModel.selectedProperty().set(null);
            case ENTER -> {
                UUID selected = viewModel.selectedProperty().get();
                if (selected == null || control.editor() == null) {
                    return false;
                }
                control.editor().editEntry(selected);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
