package dev.aftermath.app.presentation;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * The presenter's keys: the arrows, Space and Page Up/Down (what clickers send) step, Home and End go to the first
 * and last entry, K switches to key moments and back, B or . blanks the screen, 1 to 8 jump to a milestone, Esc
 * leaves.
 */
final class PresentationKeys implements EventHandler<KeyEvent> {

    private final PresentationViewModel viewModel;
    private final Runnable leave;

    PresentationKeys(PresentationViewModel viewModel, Runnable leave) {
        this.viewModel = viewModel;
        this.leave = leave;
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER, KP_RIGHT, KP_DOWN -> viewModel.next();
            case LEFT, UP, PAGE_UP, BACK_SPACE, KP_LEFT, KP_UP -> viewModel.previous();
            case HOME -> viewModel.first();
            case END -> viewModel.last();
            case K -> viewModel.toggleKeyMoments();
            case B, PERIOD -> viewModel.toggleBlank();
            case ESCAPE -> leave.run();
            default -> {
                if (!event.getCode().isDigitKey()) {
                    return;
                }
                viewModel.jumpToMilestone(digit(event));
            }
        }
        event.consume();
    }

    private static int digit(KeyEvent event) {
        String name = event.getCode().getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
