package dev.aftermath.timeline;

import dev.aftermath.model.TimelineEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The labels of one lane, placed: the entries they label, what the placer was asked and where it put each label.
 * A picture places the labels of the entries it shows in its own pixels ({@link #inView}). The screen places a
 * lane's labels once per zoom level over all its entries, in pixels from a fixed instant ({@link #atZoom}): a pan
 * only moves them, so they stay where they are while the user drags, and a frame places nothing.
 */
final class LaneLabels {

    /** From a marker to its label's text, in pixels at scale 1. */
    private static final double OFFSET = 10;
    /** The longest a label gets, in pixels at scale 1. */
    private static final double MAX_WIDTH = 300;

    private final List<TimelineEntry> entries;
    private final List<LabelPlacer.Request> requests;
    private final LabelPlacer.Settings settings;
    private final List<LabelPlacer.Placement> placements;
    /** For each placement, the ids of the entries counted in its badge: a frame's hit boxes take them as they are. */
    private final List<List<UUID>> clusteredIds;
    /** For each request, the index of the placement showing it (its own, or the cluster counting it), or -1. */
    private final int[] shownBy;

    private LaneLabels(List<TimelineEntry> entries, List<LabelPlacer.Request> requests, LabelPlacer.Settings settings,
                       List<LabelPlacer.Placement> placements) {
        this.entries = List.copyOf(entries);
        this.requests = List.copyOf(requests);
        this.settings = settings;
        this.placements = placements;
        this.shownBy = new int[requests.size()];
        Arrays.fill(shownBy, -1);
        List<List<UUID>> ids = new ArrayList<>(placements.size());
        for (int p = 0; p < placements.size(); p++) {
            LabelPlacer.Placement placement = placements.get(p);
            shownBy[placement.request()] = p;
            for (int hidden : placement.clustered()) {
                shownBy[hidden] = p;
            }
            ids.add(placement.clustered().stream().map(hidden -> this.entries.get(hidden).id()).toList());
        }
        this.clusteredIds = List.copyOf(ids);
    }

    /** Places the labels of the entries between {@code left} and {@code right}, as a picture shows them. */
    static LaneLabels inView(Lane lane, int rows, double left, double right, TimeScale scale, Theme theme,
                             UUID selected, Painter painter) {
        List<TimelineEntry> visible = new ArrayList<>();
        List<LabelPlacer.Request> requests = new ArrayList<>();
        List<TimelineEntry> entries = lane.entries();
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            double x = scale.x(entry.at());
            double end = entry.end() == null ? x : scale.x(entry.end());
            if (end < left || x > right) {
                continue;
            }
            double anchor = Math.max(left, x);
            visible.add(entry);
            requests.add(new LabelPlacer.Request(anchor, Math.min(right, Math.max(anchor, end)),
                    lane.labels().get(i)));
        }
        LabelPlacer.Settings settings = settings(rows, left, right, theme);
        return revealing(place(visible, requests, settings, theme, -1, painter), selected,
                first -> place(visible, requests, settings, theme, first, painter));
    }

    /**
     * Places the labels of all the lane's entries at one zoom, at x = (time - {@code originMillis}) /
     * {@code millisPerPixel}. Labels prefer to end by {@code preferredEndMillis}, the right edge of the view an
     * incident opens with: those that would cross it go left of their markers when there is room, so that view
     * shows them whole, as a picture does.
     *
     * @param first the index of the entry whose label is placed first (the selected one), or -1
     */
    static LaneLabels atZoom(Lane lane, int rows, long originMillis, double millisPerPixel, double preferredEndMillis,
                             Theme theme, int first, Painter painter) {
        List<TimelineEntry> entries = lane.entries();
        List<LabelPlacer.Request> requests = new ArrayList<>(entries.size());
        double last = 0;
        for (int i = 0; i < entries.size(); i++) {
            TimelineEntry entry = entries.get(i);
            double x = (entry.at().toEpochMilli() - originMillis) / millisPerPixel;
            double end = entry.end() == null ? x : (entry.end().toEpochMilli() - originMillis) / millisPerPixel;
            requests.add(new LabelPlacer.Request(x, Math.max(x, end), lane.labels().get(i)));
            last = Math.max(last, Math.max(x, end));
        }
        LabelPlacer.Settings settings = settings(rows, 0, last + (OFFSET + MAX_WIDTH) * theme.scale(), theme)
                .withPreferredRight((preferredEndMillis - originMillis) / millisPerPixel);
        return place(entries, requests, settings, theme, first, painter);
    }

    /**
     * {@code plain}, or when the selected entry has no label of its own there (it is counted in a cluster), the
     * labels placed again with the selected one first. Clicking a label therefore moves no other label.
     */
    static LaneLabels revealing(LaneLabels plain, UUID selected, IntFunction<LaneLabels> placedFirst) {
        int hidden = plain.hidden(selected);
        return hidden < 0 ? plain : placedFirst.apply(hidden);
    }

    private static LabelPlacer.Settings settings(int rows, double left, double right, Theme theme) {
        double s = theme.scale();
        return new LabelPlacer.Settings(rows, left, right, 6 * s, OFFSET * s, 16 * s, 48 * s, MAX_WIDTH * s);
    }

    private static LaneLabels place(List<TimelineEntry> entries, List<LabelPlacer.Request> requests,
                                    LabelPlacer.Settings settings, Theme theme, int first, Painter painter) {
        TextStyle style = LanePainter.labelStyle(theme);
        TextStyle badgeStyle = LanePainter.badgeStyle(theme);
        double badgePadding = 10 * theme.scale();
        List<LabelPlacer.Placement> placements = LabelPlacer.place(requests, settings,
                text -> painter.textWidth(text, style), text -> painter.textWidth(text, badgeStyle) + badgePadding,
                first);
        return new LaneLabels(entries, requests, settings, placements);
    }

    List<TimelineEntry> entries() {
        return entries;
    }

    List<LabelPlacer.Request> requests() {
        return requests;
    }

    LabelPlacer.Settings settings() {
        return settings;
    }

    /** The labels placed, in anchor order. */
    List<LabelPlacer.Placement> placements() {
        return placements;
    }

    /** The ids of the entries counted in the badge of placement {@code index}. */
    List<UUID> clusteredIds(int index) {
        return clusteredIds.get(index);
    }

    int rowsUsed() {
        return placements.stream().mapToInt(LabelPlacer.Placement::row).max().orElse(0) + 1;
    }

    /** The index of the entry with this id among these entries, or -1. */
    int indexOf(UUID id) {
        if (id != null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).id().equals(id)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The index of the placement showing entry {@code index}, its own label or a badge counting it, or -1. */
    int shownBy(int index) {
        return index < 0 ? -1 : shownBy[index];
    }

    /** The index of the selected entry when it is among these entries without a label of its own, else -1. */
    int hidden(UUID selected) {
        int index = indexOf(selected);
        int placement = shownBy(index);
        return index >= 0 && (placement < 0 || placements.get(placement).request() != index) ? index : -1;
    }
}
