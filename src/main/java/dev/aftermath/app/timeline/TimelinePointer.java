package dev.aftermath.app.timeline;

import dev.aftermath.timeline.EntryHit;
import dev.aftermath.timeline.PaintedTimeline;
import dev.aftermath.timeline.Rgba;
import dev.aftermath.timeline.TimeScale;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * The pointer on the timeline: the cursor line follows it, the wheel and pinch zoom around it, dragging the
 * background pans, dragging an entry moves it (to whole seconds), a click selects, a click on a "+n" badge zooms
 * in on its entries, a double-click fits the incident (or edits the entry under it), and hovering an entry shows
 * its whole text.
 */
final class TimelinePointer {

    /** A press becomes a drag only after this many pixels, so a shaky click stays a click. */
    private static final double DRAG_THRESHOLD = 4;
    /** A wheel notch (40 units) zooms by about a fifth. */
    private static final double WHEEL_UNITS_PER_DOUBLING = 160;

    private final TimelineView control;
    private final Canvas canvas;
    private final Runnable repaint;
    private final HoverTip tip;
    private final TimelineMenus menus;
    private double pressX;
    private double pressY;
    private double lastX;
    private boolean dragged;
    private UUID movingEntry;
    private double movingRowY;
    private Long ghostMillis;

    TimelinePointer(TimelineView control, Canvas canvas, Runnable repaint) {
        this.control = control;
        this.canvas = canvas;
        this.repaint = repaint;
        this.tip = new HoverTip(canvas);
        this.menus = new TimelineMenus(control);
        on(MouseEvent.MOUSE_MOVED, this::moved);
        on(MouseEvent.MOUSE_EXITED, event -> left());
        on(MouseEvent.MOUSE_PRESSED, this::pressed);
        on(MouseEvent.MOUSE_DRAGGED, this::dragged);
        on(MouseEvent.MOUSE_RELEASED, this::released);
        on(ScrollEvent.SCROLL, this::scrolled);
        on(ZoomEvent.ZOOM, event -> {
            viewModel().zoom(event.getZoomFactor(), millisAt(event.getX()));
            event.consume();
        });
        on(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            tip.hide();
            menus.show(painted(), event);
            event.consume();
        });
    }

    private <T extends javafx.event.Event> void on(EventType<T> type, EventHandler<? super T> handler) {
        canvas.addEventHandler(type, handler);
    }

    private TimelineViewModel viewModel() {
        return control.viewModel();
    }

    private PaintedTimeline painted() {
        return control.paintedProperty().get();
    }

    private double millisAt(double x) {
        PaintedTimeline frame = painted();
        return frame == null ? 0 : frame.scale().millisAt(x);
    }

    private void moved(MouseEvent event) {
        PaintedTimeline frame = painted();
        if (frame == null) {
            return;
        }
        TimeScale scale = frame.scale();
        boolean inPlot = event.getX() >= scale.left() && event.getX() <= scale.right()
                && event.getY() >= frame.plotTop() && event.getY() <= frame.plotBottom();
        viewModel().cursorProperty().set(inPlot ? Math.round(scale.millisAt(event.getX())) : null);
        Optional<EntryHit> hit = frame.entryAt(event.getX(), event.getY());
        boolean suggestion = frame.suggestions().stream().anyMatch(s -> s.contains(event.getX(), event.getY()));
        canvas.setCursor(hit.isPresent() || suggestion ? Cursor.HAND : Cursor.DEFAULT);
        if (hit.isPresent() && hit.get().entryIds().size() == 1) {
            tip.show(viewModel().describe(hit.get().entryIds().get(0)), event.getScreenX(), event.getScreenY());
        } else if (hit.isPresent()) {
            tip.show(hit.get().entryIds().size() + " more entries here: click to zoom in on them",
                    event.getScreenX(), event.getScreenY());
        } else if (suggestion) {
            tip.show("The metric leaves its usual level here. Click to add an 'impact started' entry at this"
                    + " time (Ctrl+Z undoes it).", event.getScreenX(), event.getScreenY());
        } else {
            tip.hide();
        }
    }

    private void left() {
        viewModel().cursorProperty().set(null);
        tip.hide();
    }

    private void pressed(MouseEvent event) {
        control.requestFocus();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        tip.hide();
        pressX = event.getX();
        pressY = event.getY();
        lastX = event.getX();
        dragged = false;
        movingEntry = null;
        PaintedTimeline frame = painted();
        if (frame != null && control.editor() != null) {
            frame.entryAt(pressX, pressY).filter(hit -> hit.entryIds().size() == 1).ifPresent(hit -> {
                movingEntry = hit.entryIds().get(0);
                movingRowY = hit.y() + hit.height() / 2;
            });
        }
    }

    private void dragged(MouseEvent event) {
        if (!event.isPrimaryButtonDown()) {
            return;
        }
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragged = true;
        PaintedTimeline frame = painted();
        if (frame == null) {
            return;
        }
        if (movingEntry != null) {
            ghostMillis = Math.round(frame.scale().millisAt(event.getX()) / 1000.0) * 1000;
            viewModel().cursorProperty().set(ghostMillis);
            canvas.setCursor(Cursor.CLOSED_HAND);
            repaint.run();
        } else {
            viewModel().pan(-(event.getX() - lastX) * frame.scale().millisPerPixel());
            canvas.setCursor(Cursor.MOVE);
        }
        lastX = event.getX();
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        canvas.setCursor(Cursor.DEFAULT);
        if (dragged && movingEntry != null && ghostMillis != null) {
            UUID entry = movingEntry;
            Instant to = Instant.ofEpochMilli(ghostMillis);
            ghostMillis = null;
            movingEntry = null;
            control.editor().moveEntry(entry, to);
            repaint.run();
        } else if (!dragged) {
            clicked(event);
        }
        movingEntry = null;
        ghostMillis = null;
    }

    private void clicked(MouseEvent event) {
        PaintedTimeline frame = painted();
        if (frame == null) {
            return;
        }
        double x = event.getX();
        double y = event.getY();
        TimelineEditor editor = control.editor();
        var suggestion = frame.suggestions().stream().filter(s -> s.contains(x, y)).findFirst();
        Optional<EntryHit> hit = frame.entryAt(x, y);
        if (suggestion.isPresent() && editor != null) {
            editor.accept(suggestion.get().suggestion());
        } else if (hit.isPresent() && hit.get().entryIds().size() > 1) {
            viewModel().expand(hit.get().entryIds());
        } else if (hit.isPresent()) {
            UUID id = hit.get().entryIds().get(0);
            viewModel().selectedProperty().set(id);
            if (event.getClickCount() == 2 && editor != null) {
                editor.editEntry(id);
            }
        } else if (event.getClickCount() == 2) {
            viewModel().fit();
        }
    }

    private void scrolled(ScrollEvent event) {
        PaintedTimeline frame = painted();
        if (frame == null) {
            return;
        }
        double horizontal = event.getDeltaX() != 0 ? event.getDeltaX() : event.isShiftDown() ? event.getDeltaY() : 0;
        if (horizontal != 0) {
            viewModel().pan(-horizontal * frame.scale().millisPerPixel());
        } else if (event.getDeltaY() != 0) {
            viewModel().zoom(Math.pow(2, event.getDeltaY() / WHEEL_UNITS_PER_DOUBLING), millisAt(event.getX()));
        }
        event.consume();
    }

    /** While an entry is dragged: its marker, hollow, where it will land. */
    void paintOverlay(PaintedTimeline frame, CanvasPainter painter) {
        if (ghostMillis == null || movingEntry == null) {
            return;
        }
        double x = frame.scale().x(ghostMillis);
        Rgba accent = control.viewModel().themeProperty().get().milestone();
        painter.strokeCircle(x, movingRowY, 7, 2, accent);
        painter.fillCircle(x, movingRowY, 3, accent);
    }

    void dispose() {
        tip.hide();
    }
}
