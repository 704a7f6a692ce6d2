package dev.aftermath.app.timeline;

import atlantafx.base.theme.Styles;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimelineRenderer;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;

/**
 * Paints the timeline on one canvas, at most once per frame: every change only marks the picture stale, and a
 * frame timer, running only while something is stale, repaints it. Pointer and keys are handled by
 * {@link TimelinePointer} and {@link TimelineKeys}.
 */
final class TimelineSkin extends SkinBase<TimelineView> {

    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final Label message = new Label("Preparing the timeline…");
    private final TimelinePointer pointer;
    private final TimelineKeys keys;
    private final Observable[] watched;
    private final InvalidationListener stale = observable -> invalidate();
    private final AnimationTimer repaint = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (dirty) {
                paintNow();
            } else {
                stop();
            }
        }
    };
    private boolean dirty;

    TimelineSkin(TimelineView control) {
        super(control);
        TimelineViewModel viewModel = control.viewModel();
        message.getStyleClass().addAll(Styles.TEXT_MUTED, "timeline-message");
        message.setManaged(false);
        message.visibleProperty().bind(viewModel.preparingProperty().and(viewModel.preparedProperty().isNull()));
        getChildren().addAll(canvas, message);
        pointer = new TimelinePointer(control, canvas, this::invalidate);
        keys = new TimelineKeys(control);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        watched = new Observable[] {viewModel.preparedProperty(), viewModel.windowProperty(),
            viewModel.cursorProperty(), viewModel.selectedProperty(), viewModel.themeProperty()};
        for (Observable observable : watched) {
            observable.addListener(stale);
        }
    }

    void invalidate() {
        if (!dirty) {
            dirty = true;
            repaint.start();
        }
    }

    private void paintNow() {
        dirty = false;
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        TimelineView control = getSkinnable();
        PreparedTimeline timeline = control.viewModel().preparedProperty().get();
        if (width < 1 || height < 1 || timeline == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            control.painted(null);
            return;
        }
        PaintedTimeline painted = TimelineRenderer.paint(timeline, control.viewModel().frame(width, height),
                painter);
        pointer.paintOverlay(painted, painter);
        painter.flush();
        control.painted(painted);
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            paintNow();
        }
        canvas.relocate(x, y);
        message.autosize();
        message.relocate(x + (width - message.getWidth()) / 2, y + (height - message.getHeight()) / 2);
    }

    @Override
    public void dispose() {
        repaint.stop();
        for (Observable observable : watched) {
            observable.removeListener(stale);
        }
        message.visibleProperty().unbind();
        pointer.dispose();
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        super.dispose();
    }
}
