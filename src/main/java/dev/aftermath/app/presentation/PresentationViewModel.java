package dev.aftermath.app.presentation;

import dev.aftermath.analysis.MilestoneValue;
import dev.aftermath.app.timeline.TimelineViewModel;
import dev.aftermath.model.Milestone;
import dev.aftermath.model.TimelineEntry;
import dev.aftermath.timeline.PreparedTimeline;
import dev.aftermath.timeline.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Presentation mode for the review meeting: steps through the entries in time order, or through the key moments
 * only, with the current entry in the middle of the timeline and its story below. Where the timeline should be
 * comes out as a target window the view moves to smoothly.
 */
public final class PresentationViewModel {

    /** The view around an entry spans at least this share of the incident, and at most the larger one. */
    private static final double NARROWEST = 1 / 8.0;
    private static final double WIDEST = 1 / 2.5;
    /** The view spans this many times the longer gap to the previous or next step, to show them as context. */
    private static final double CONTEXT = 3;

    private final PreparedTimeline timeline;
    private final ObjectProperty<UUID> current = new SimpleObjectProperty<>();
    private final TimelineViewModel timelineView;
    private final ReadOnlyBooleanWrapper keyMomentsOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper blanked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<TimeWindow> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Story> story = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private List<TimelineEntry> steps = List.of();

    public PresentationViewModel(PreparedTimeline timeline, UUID startAt) {
        this.timeline = timeline;
        this.timelineView = TimelineViewModel.presenting(timeline, current);
        useSteps(timeline.incident().entries());
        int start = startAt == null ? -1 : indexOf(startAt);
        go(Math.max(0, start));
    }

    /** The timeline shown on top; its window is moved to {@link #targetProperty()} by the view. */
    public TimelineViewModel timeline() {
        return timelineView;
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(steps.size() - 1);
    }

    /** Switches between every entry and the key moments only, staying near the same time. */
    public void toggleKeyMoments() {
        Instant at = currentEntry().map(TimelineEntry::at).orElse(null);
        boolean keyOnly = !keyMomentsOnly.get();
        List<TimelineEntry> moments = KeyMoments.of(timeline);
        if (keyOnly && moments.isEmpty()) {
            notice.set("No key moments yet: mark entries as key moments on the timeline (right-click).");
            return;
        }
        useSteps(keyOnly ? moments : timeline.incident().entries());
        notice.set(keyOnly ? "Key moments only" : "Every entry");
        go(at == null ? 0 : nearest(at));
        keyMomentsOnly.set(keyOnly);
    }

    public void toggleBlank() {
        blanked.set(!blanked.get());
    }

    /** Goes to the milestone with this number, counting in {@link Milestone} order from 1 (triggered). */
    public void jumpToMilestone(int number) {
        if (number < 1 || number > Milestone.values().length) {
            return;
        }
        Milestone milestone = Milestone.values()[number - 1];
        MilestoneValue value = timeline.milestones().effective().get(milestone);
        if (value == null) {
            notice.set("No " + MilestoneStop.label(milestone) + " milestone in this incident");
            return;
        }
        int step = value.entryId() == null ? -1 : indexOf(value.entryId());
        notice.set("");
        go(step >= 0 ? step : nearest(value.at()));
    }

    /** The milestones, numbered for the digit keys, with whether the presentation has reached them. */
    public List<MilestoneStop> milestones() {
        Instant now = currentEntry().map(TimelineEntry::at).orElse(Instant.MIN);
        List<MilestoneStop> stops = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            MilestoneValue value = timeline.milestones().effective().get(milestone);
            if (value != null) {
                stops.add(new MilestoneStop(milestone.ordinal() + 1, milestone, value.at(),
                        !value.at().isAfter(now)));
            }
        }
        return stops;
    }

    private void useSteps(List<TimelineEntry> entries) {
        steps = List.copyOf(entries);
    }

    private int indexOf(UUID id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The first step at or after {@code at}, else the last. */
    private int nearest(Instant at) {
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).at().isBefore(at)) {
                return i;
            }
        }
        return steps.size() - 1;
    }

    /** Shows a step; the index changes last, so whoever follows it finds the story and window ready. */
    private void go(int step) {
        if (steps.isEmpty()) {
            index.set(-1);
            story.set(null);
            return;
        }
        int bounded = Math.max(0, Math.min(steps.size() - 1, step));
        TimelineEntry entry = steps.get(bounded);
        current.set(entry.id());
        timelineView.cursorProperty().set(entry.at().toEpochMilli());
        story.set(Story.of(entry, timeline));
        target.set(windowAround(bounded));
        index.set(bounded);
    }

    private TimeWindow windowAround(int step) {
        long at = steps.get(step).at().toEpochMilli();
        long[] span = timeline.window().orElse(new long[] {at, at});
        double length = Math.max(span[1] - span[0], 10 * 60_000);
        double gap = 0;
        if (step > 0) {
            gap = Math.max(gap, at - steps.get(step - 1).at().toEpochMilli());
        }
        if (step + 1 < steps.size()) {
            gap = Math.max(gap, steps.get(step + 1).at().toEpochMilli() - at);
        }
        double width = Math.max(length * NARROWEST, Math.min(length * WIDEST, CONTEXT * gap));
        return new TimeWindow(at - width / 2, at + width / 2);
    }

    private Optional<TimelineEntry> currentEntry() {
        int at = index.get();
        return at < 0 || at >= steps.size() ? Optional.empty() : Optional.of(steps.get(at));
    }

    /** "7 / 23", or "key moment 2 / 5". */
    public String progressText() {
        return steps.isEmpty() ? "no entries" : (keyMomentsOnly.get() ? "key moment " : "")
                + (index.get() + 1) + " / " + steps.size();
    }

    public int stepCount() {
        return steps.size();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeWindow> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The current entry told in full; null when the incident has no entries. */
    public ReadOnlyObjectProperty<Story> storyProperty() {
        return story.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty keyMomentsOnlyProperty() {
        return keyMomentsOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty blankedProperty() {
        return blanked.getReadOnlyProperty();
    }

    /** A short message after a key did something not obvious (switched mode) or nothing (no such milestone). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The entry shown, to select it in the main window when the presentation ends. */
    public UUID currentEntryId() {
        return current.get();
    }

    public ZoneId zone() {
        return timeline.incident().zone();
    }

    public String title() {
        String title = timeline.incident().title();
        return title.isBlank() ? "Untitled incident" : title;
    }
}
