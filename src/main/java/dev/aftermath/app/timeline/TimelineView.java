package dev.aftermath.app.timeline;

import dev.aftermath.timeline.PaintedTimeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The interactive timeline: phases, milestones, lanes of entries and metric strips on one time axis, painted on a
 * canvas by the same renderer as the pictures. Zoom with the wheel or +/-, pan by dragging or with the arrows,
 * double-click to fit, Tab through entries; drag an entry to move it, right-click for more. Without an editor it
 * only shows (presentation mode).
 */
public final class TimelineView extends Control {

    private final TimelineViewModel viewModel;
    private final TimelineEditor editor;
    private final ReadOnlyObjectWrapper<PaintedTimeline> painted = new ReadOnlyObjectWrapper<>();

    /**
     * @param editor what edits go through, or null for a timeline that only shows
     */
    public TimelineView(TimelineViewModel viewModel, TimelineEditor editor) {
        this.viewModel = viewModel;
        this.editor = editor;
        getStyleClass().add("timeline-view");
        setId("timeline");
        setFocusTraversable(true);
        setAccessibleText("Incident timeline");
        setMinSize(200, 120);
        setPrefSize(900, 420);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    TimelineEditor editor() {
        return editor;
    }

    /** The last frame painted: its scale and where entries, strips and suggestions are, as a pointer sees them. */
    public ReadOnlyObjectProperty<PaintedTimeline> paintedProperty() {
        return painted.getReadOnlyProperty();
    }

    void painted(PaintedTimeline frame) {
        painted.set(frame);
    }
}
