package dev.aftermath.app.timeline;

import dev.aftermath.app.fx.TaskRunner;
import dev.aftermath.model.Incident;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.Theme;
import dev.aftermath.timeline.TimeWindow;
import dev.aftermath.timeline.TimelineFrame;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * What the timeline shows and where: the prepared incident, the visible time window, the cursor, the selected
 * entry and the theme, with the navigation commands (zoom, pan, fit, step through entries). An incident is prepared
 * on the UI thread when that is quick (its series' pyramids exist already) and in the background when it is not.
 */
public final class TimelineViewModel {

    static final double ZOOM_STEP = 1.5;
    static final double PAN_STEP = 0.1;
    private static final double PADDING = 0.03;
    /** Zooming out stops at this many times everything there is. */
    private static final double ZOOM_OUT_LIMIT = 1.5;
    private static final double MIN_ZOOM_OUT_SPAN = 10 * 60_000;

    private final ObservableValue<Incident> incident;
    private final ObjectProperty<UUID> selected;
    private final TaskRunner runner;
    private final boolean editing;
    private final ReadOnlyObjectWrapper<PreparedTimeline> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> cursor = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private int preparations;

    private TimelineViewModel(ObservableValue<Incident> incident, ObjectProperty<UUID> selected, TaskRunner runner,
                              boolean editing) {
        this.incident = incident;
        this.selected = selected;
        this.runner = runner;
        this.editing = editing;
        selected.addListener((observable, old, id) -> reveal(id));
    }

    /** The timeline of the incident screen: follows the shown incident and its selection, offers suggestions. */
    public static TimelineViewModel editing(ObservableValue<Incident> incident, ObjectProperty<UUID> selected,
                                            TaskRunner runner) {
        TimelineViewModel model = new TimelineViewModel(incident, selected, runner, true);
        incident.addListener((observable, old, now) -> model.prepare(now));
        model.prepare(incident.getValue());
        return model;
    }

    /** A timeline of one prepared incident that does not change, with its title block, as presentation shows. */
    public static TimelineViewModel presenting(PreparedTimeline timeline, ObjectProperty<UUID> selected) {
        TimelineViewModel model = new TimelineViewModel(new SimpleObjectProperty<>(timeline.incident()), selected,
                null, false);
        model.show(timeline, false);
        return model;
    }

    private void prepare(Incident next) {
        PreparedTimeline previous = prepared.get();
        if (next == null) {
            prepared.set(null);
            window.set(null);
            return;
        }
        boolean sameIncident = previous != null && previous.incident().id().equals(next.id());
        if (previous != null && previous.preparesQuickly(next)) {
            show(PreparedTimeline.of(next, previous), sameIncident);
            return;
        }
        if (!sameIncident) {
            prepared.set(null);
        }
        preparations++;
        preparing.set(true);
        runner.task(progress -> PreparedTimeline.of(next, previous))
                .onSuccess(result -> {
                    if (incident.getValue() == next) {
                        show(result, sameIncident);
                    }
                })
                .onError(error -> System.getLogger(TimelineViewModel.class.getName())
                        .log(System.Logger.Level.ERROR, "Cannot prepare the timeline", error))
                .andFinally(() -> preparing.set(--preparations > 0))
                .start();
    }

    private void show(PreparedTimeline timeline, boolean keepWindow) {
        prepared.set(timeline);
        if (!keepWindow || window.get() == null) {
            window.set(fitWindow(timeline).orElse(null));
        }
    }

    private static Optional<TimeWindow> fitWindow(PreparedTimeline timeline) {
        return timeline.window().map(span -> TimeWindow.around(span[0], span[1], PADDING));
    }

    /** The frame to paint at this size: the visible window, cursor, selection and theme. */
    public TimelineFrame frame(double width, double height) {
        TimeWindow shown = window.get();
        return new TimelineFrame(width, height, theme.get(), shown == null ? null : shown.scale(0, width),
                cursor.get(), selected.get(), editing ? TimelineFrame.Use.SCREEN : TimelineFrame.Use.PROJECTOR);
    }

    public void zoom(double factor, double anchorMillis) {
        TimeWindow shown = window.get();
        if (shown != null) {
            window.set(shown.zoom(factor, anchorMillis, maxSpan()));
        }
    }

    /** Zooms in a step around the cursor when it is in view, else around the middle. */
    public void zoomIn() {
        zoom(ZOOM_STEP, anchor());
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP, anchor());
    }

    private double anchor() {
        TimeWindow shown = window.get();
        Long at = cursor.get();
        return at != null && shown != null && shown.shows(at, 0) ? at : shown == null ? 0 : shown.centre();
    }

    private double maxSpan() {
        return prepared.get() == null ? MIN_ZOOM_OUT_SPAN : prepared.get().extent()
                .map(span -> Math.max(MIN_ZOOM_OUT_SPAN, ZOOM_OUT_LIMIT * (span[1] - span[0])))
                .orElse(MIN_ZOOM_OUT_SPAN);
    }

    public void pan(double millis) {
        TimeWindow shown = window.get();
        if (shown != null) {
            window.set(shown.pan(millis));
        }
    }

    /** Pans by a share of the visible span: positive moves later. */
    public void panBy(double share) {
        TimeWindow shown = window.get();
        if (shown != null) {
            pan(share * shown.span());
        }
    }

    /** Shows the incident's own window, as when it was opened. */
    public void fit() {
        Optional.ofNullable(prepared.get()).flatMap(TimelineViewModel::fitWindow).ifPresent(window::set);
    }

    /** Keeps the zoom and shows the very beginning of what there is. */
    public void showStart() {
        edge(true);
    }

    /** Keeps the zoom and shows the very end, outliers such as a post-mortem notice the next day included. */
    public void showEnd() {
        edge(false);
    }

    private void edge(boolean start) {
        TimeWindow shown = window.get();
        if (shown == null || prepared.get() == null) {
            return;
        }
        prepared.get().extent().ifPresent(span -> {
            double margin = PADDING * shown.span();
            window.set(start ? new TimeWindow(span[0] - margin, span[0] - margin + shown.span())
                    : new TimeWindow(span[1] + margin - shown.span(), span[1] + margin));
        });
    }

    /** Selects the next entry in time order (the previous one backwards), starting from what is in view. */
    public void selectNext(boolean forward) {
        List<TimelineEntry> entries = prepared.get() == null ? List.of() : prepared.get().incident().entries();
        EntrySteps.next(entries, selected.get(), window.get(), forward)
                .ifPresent(entry -> selected.set(entry.id()));
    }

    /** Pans, keeping the zoom, so that the entry is in view; nothing moves when it is already. */
    private void reveal(UUID id) {
        TimeWindow shown = window.get();
        if (id == null || shown == null || prepared.get() == null) {
            return;
        }
        prepared.get().entry(id).map(TimelineEntry::at).map(Instant::toEpochMilli)
                .filter(at -> !shown.shows(at, 0.02))
                .ifPresent(at -> window.set(shown.centredOn(at)));
    }

    /** Zooms in on entries drawn together under a "+n" badge, far enough to tell them apart. */
    public void expand(Collection<UUID> ids) {
        TimeWindow shown = window.get();
        PreparedTimeline timeline = prepared.get();
        if (shown == null || timeline == null || ids.isEmpty()) {
            return;
        }
        long[] times = ids.stream().map(timeline::entry).flatMap(Optional::stream)
                .mapToLong(entry -> entry.at().toEpochMilli()).sorted().toArray();
        if (times.length == 0) {
            return;
        }
        double spread = times[times.length - 1] - times[0];
        double span = Math.max(TimeWindow.MIN_SPAN, Math.min(shown.span() / 2, spread * 1.6));
        double centre = (times[0] + times[times.length - 1]) / 2.0;
        window.set(new TimeWindow(centre - span / 2, centre + span / 2));
    }

    /** The tooltip of an entry: kind and time, the whole text, and where it was read from. */
    public String describe(UUID entryId) {
        PreparedTimeline timeline = prepared.get();
        return timeline == null ? "" : timeline.entry(entryId)
                .map(entry -> EntryDescription.of(entry, timeline.incident().zone()))
                .orElse("");
    }

    public ReadOnlyObjectProperty<PreparedTimeline> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** True while an incident's series are being prepared in the background. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** The visible stretch of time; null while there is nothing to show. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Where the cursor line is, in epoch milliseconds; null for none. */
    public ObjectProperty<Long> cursorProperty() {
        return cursor;
    }

    public ObjectProperty<UUID> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the user may edit through this timeline (the incident screen) or only look (presentation). */
    public boolean isEditing() {
        return editing;
    }
}
